/**
 * The frame every tool shares: the no-JavaScript note, the link notice, the fields in
 * their groups with the currency and what switching it showed, the verdict, the result
 * (the tool's own charts and tables) and the copy and reset actions.
 *
 * The verdict stays in sight while the reader edits: on a narrow calculator it sticks
 * to the bottom of the screen while the calculator is in view (CSS keeps it inside the
 * calculator, so it never covers the page around it), on a wide one the whole result
 * column sticks. Screen readers hear it once the reader pauses, from one live region.
 *
 * Its styles (src/styles/tools.css) are linked by the pages that show a tool: the tool
 * layout imports them, a guide links them only where it embeds one ([slug].astro), so
 * guides without a tool never load them.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { localeInfo, type Currency } from '../../i18n/locales';
import type { FieldIssue, FieldSpec } from '../../lib/cost/fields';
import { formatFieldNumber, formatPlain, joinSentences } from '../../lib/format';
import { currencies, type ChoiceSpecs } from '../../lib/share-state';
import { toolChoices } from '../../data/tool-params';
import ChoiceField from './ChoiceField';
import NumberField from './NumberField';
import ScenarioBar, { paramName } from './ScenarioBar';
import { asCalcStrings, type CalcKey, type SharedCalcKey, type SharedStrings, type ToolProps } from './tool-props';
import type { CurrencySwitch, ToolController } from './use-tool';

export interface FieldGroup {
  legend: CalcKey;
  /** A switch shown first in the group, as radio buttons: its label is `labels` + name, each option's `labels` + name + `.` + option. */
  choice?: string;
  fields: string[];
}

/** A shared string that is one text (not plural forms). */
type SharedText = { [K in SharedCalcKey]: SharedStrings[K] extends string ? K : never }[SharedCalcKey];

interface Props extends Omit<ToolProps, 'strings'> {
  /** The shared strings, and the tool's own, which the frame reads by `labels` + name. */
  strings: SharedStrings;
  /** Prefix of the field labels' keys: `calc.cc.` + field name. */
  labels: string;
  groups: FieldGroup[];
  tool: ToolController;
  /** The verdict in one plain sentence. */
  summary: string;
  children: ComponentChildren;
}

/** How long the inputs must rest before the new verdict is announced. */
const announceDelay = 800;

export default function ToolFrame({ locale, strings, toolPath, embedded, labels, groups, tool, summary, children }: Props) {
  const { intlLocale } = localeInfo[locale];
  const s = (key: SharedText) => strings[key];
  // The tool's own strings are typed in the tool's island; here they are read by key.
  const own = (key: string) => {
    const text = (strings as Readonly<Record<string, unknown>>)[key];
    return typeof text === 'string' ? text : key;
  };
  const label = (name: string) => own(`${labels}${name}`);
  const spec = (name: string) => tool.fields.find((f) => f.name === name) as FieldSpec;
  const stale = Object.values(tool.issues).some(Boolean);
  const idPrefix = `${labels.replaceAll('.', '-')}${embedded ? 'embed-' : ''}`;
  const [announced, setAnnounced] = useState(summary);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(summary), announceDelay);
    return () => clearTimeout(timer);
  }, [summary]);

  return (
    <div class="calc-host">
      <div class="calc" data-pagefind-ignore>
        {/* Shown only where scripts cannot run (tools.css), so a reader whose island is not live yet never sees it. */}
        {!tool.hydrated && <p class="calc-note">{s('calc.noscript')}</p>}
        {tool.rejected.length > 0 && (
          <p class="calc-notice">
            {fill(s('calc.urlNotice'), {
              fields: new Intl.ListFormat(intlLocale).format(
                tool.rejected.map((name) =>
                  paramName(name, (plain) => (plain === 'cur' ? s('calc.currency') : plain === 'v' ? s('calc.inputs') : label(plain)), tool, asCalcStrings(strings)),
                ),
              ),
            })}
          </p>
        )}
        {tool.removed.length > 0 && <RemovedNotice names={tool.removed} template={s('calc.urlRemoved')} intlLocale={intlLocale} />}
        <div class="calc-form" role="group" aria-label={s('calc.inputs')}>
          <p class="calc-examples">{s('calc.examples')}</p>
          <div class="calc-field">
            <label for={`${idPrefix}cur`}>{s('calc.currency')}</label>
            <select
              id={`${idPrefix}cur`}
              value={tool.currency}
              onChange={(event) => tool.setCurrency(event.currentTarget.value as Currency)}
            >
              {currencies.map((c) => (
                <option value={c} selected={c === tool.currency}>
                  {s(`calc.currency.${c}`)}
                </option>
              ))}
            </select>
            {/* Always rendered, so the polite announcement of a switch is heard. */}
            <div aria-live="polite">{tool.switched && <p class="calc-currency-note">{switchNotice(tool.switched, s)}</p>}</div>
          </div>
          {groups.map((group) => (
            <fieldset>
              <legend>{own(group.legend)}</legend>
              {group.choice !== undefined && (
                <ChoiceField
                  name={`${idPrefix}${group.choice}`}
                  label={label(group.choice)}
                  options={(toolChoices[tool.id] as ChoiceSpecs)[group.choice] ?? []}
                  optionLabel={(option) => label(`${group.choice}.${option}`)}
                  value={tool.choices[group.choice] ?? ''}
                  onChange={(value) => tool.setChoice(group.choice!, value)}
                />
              )}
              {group.fields.map((name) => (
                <NumberField
                  id={`${idPrefix}${name}`}
                  label={label(name)}
                  spec={spec(name)}
                  unit={unitOf(spec(name), tool.currency, s)}
                  text={tool.texts[name] ?? ''}
                  issue={tool.issues[name]}
                  readback={tool.readbacks[name]}
                  hint={tool.salaryFields.includes(name) ? s('calc.exampleSalary') : undefined}
                  messageValues={(issue) => messageValues(spec(name), issue, intlLocale)}
                  strings={strings}
                  onInput={(text) => tool.setText(name, text)}
                  onBlur={() => tool.settle(name)}
                />
              ))}
            </fieldset>
          ))}
        </div>
        <div class="calc-output">
          <div class="calc-summary">
            <div class="calc-summary-box">
              {/* Seen at once; heard from the status below, which waits for a pause in the typing. */}
              <p class="calc-verdict" aria-hidden="true">
                {summary}
              </p>
              <p class="visually-hidden" role="status">
                {announced}
              </p>
              {stale && <p class="calc-stale">{s('calc.stale')}</p>}
            </div>
          </div>
          <section class="calc-result" aria-label={s('calc.results')}>
            {children}
            {!embedded && <ScenarioBar tool={tool} strings={strings} locale={locale} idPrefix={idPrefix} />}
            <div class="calc-actions">
              <button type="button" class="calc-copy" onClick={tool.copyLink} disabled={!tool.hydrated}>
                {s('calc.copyLink')}
              </button>
              <button type="button" class="calc-reset" onClick={tool.reset} disabled={!tool.hydrated}>
                {s('calc.reset')}
              </button>
              <span role="status" class="calc-copy-status">
                {tool.copyStatus === 'copied' ? s('calc.copied') : tool.copyStatus === 'failed' ? s('calc.copyFailed') : ''}
              </span>
            </div>
            {embedded && (
              <p>
                <a href={toolPath}>{s('calc.openTool')}</a>
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

function switchNotice({ shown, restored, kept }: CurrencySwitch, s: (key: SharedText) => string): string {
  const now = fill(s(restored ? 'calc.currency.restored' : 'calc.currency.examples'), { currency: shown });
  return kept ? joinSentences(now, fill(s('calc.currency.kept'), { currency: kept })) : now;
}

function messageValues(spec: FieldSpec, { readings }: FieldIssue, intlLocale: string): Record<string, string> {
  const values = { min: formatPlain(spec.min, intlLocale), max: formatPlain(spec.max, intlLocale) };
  if (!readings) return values;
  const [grouped, decimal] = readings;
  return { ...values, grouped: formatFieldNumber(grouped, intlLocale), decimal: formatFieldNumber(decimal, intlLocale) };
}

function unitOf(spec: FieldSpec, currency: Currency, s: (key: SharedText) => string): string {
  if (spec.kind === 'money') return currency;
  if (spec.kind === 'percent') return '%';
  if (spec.kind === 'daysPerWeek') return s('calc.unit.daysPerWeek');
  return s(spec.kind === 'months' ? 'calc.unit.months' : 'calc.unit.years');
}

/**
 * Names the parameters of an old link that the tool no longer reads. They have no label
 * any more, so each is shown by its name in the address, as the formulas write it.
 */
function RemovedNotice({ names, template, intlLocale }: { names: string[]; template: string; intlLocale: string }) {
  const [before = '', after = ''] = template.split('{fields}');
  return (
    <p class="calc-notice">
      {before}
      {new Intl.ListFormat(intlLocale).formatToParts(names).map((part) => (part.type === 'element' ? <code>{part.value}</code> : part.value))}
      {after}
    </p>
  );
}
