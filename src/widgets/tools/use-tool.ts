/**
 * A tool's live state: the text in each field, its issue, the last valid number of
 * every field (the result is computed from these, so a bad entry keeps the last
 * valid result), the currency, and the state mirrored into the page address.
 *
 * Each currency has its own sheet of fields. Switching currency never converts (an
 * exchange rate would be a market fact without a source): it shows that currency's
 * examples, or the reader's own figures in it from earlier in the visit, and keeps
 * the sheet it leaves for when the reader switches back. The address holds the
 * current currency's sheet. Switches (a tool's views and modes) hold no money, so
 * they stay as set across a currency switch.
 *
 * A scenario kept for comparison (A) is a snapshot of the numbers, switches and
 * currency; the fields always edit the current one (B). A keeps its own currency: a
 * currency switch changes B only (src/lib/share-state.ts says how the link holds both).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ToolId } from '../../data/catalog';
import { removedParams, toolChoices } from '../../data/tool-params';
import { localeInfo, type Currency } from '../../i18n/locales';
import { checkText, toolFields, type FieldIssue, type FieldSpec } from '../../lib/cost/fields';
import { formatFieldNumber } from '../../lib/format';
import { cleanLabel, decodeShared, defaultChoices, encodeShared, removedInLink, type ChoiceSpecs, type ScenarioLabels, type ToolState } from '../../lib/share-state';
import type { ToolProps } from './tool-props';

type Values = Record<string, number>;

/** One currency's fields: what is typed, what is wrong with it, and the last valid numbers. */
interface Sheet {
  texts: Record<string, string>;
  issues: Record<string, FieldIssue | undefined>;
  values: Values;
}

/** What the last currency switch showed, for the notice beside the switch. */
export interface CurrencySwitch {
  shown: Currency;
  /** The reader's own figures in `shown` came back, rather than its examples. */
  restored: boolean;
  /** The currency left behind when the reader had changed its figures. */
  kept: Currency | undefined;
}

interface LiveState {
  currency: Currency;
  sheet: Sheet;
  choices: Record<string, string>;
  /** Sheets of the other currencies seen in this visit. */
  others: Partial<Record<Currency, Sheet>>;
  switched: CurrencySwitch | undefined;
  kept: ToolState | undefined;
  /** The names as typed; '' is the default name. */
  labels: ScenarioLabels;
  scenarioNews: ScenarioNews | undefined;
}

/** The last thing done to the kept scenario, a new object each time, for the one announcement it gets. */
export interface ScenarioNews {
  kind: 'kept' | 'swapped' | 'cleared';
}

export interface ToolController {
  id: ToolId;
  fields: readonly FieldSpec[];
  /** The current currency's example values. */
  examples: Values;
  /** The fields whose example is a salary shared by all tools. */
  salaryFields: readonly string[];
  currency: Currency;
  texts: Record<string, string>;
  issues: Record<string, FieldIssue | undefined>;
  /** The number a valid text was read as, in the field's own format, when the text is written otherwise ("50k"). */
  readbacks: Record<string, string | undefined>;
  values: Values;
  /** The value of each switch. */
  choices: Record<string, string>;
  /** Fields whose values from the link were unreadable and replaced by examples, until the reader sets them. */
  rejected: string[];
  /** Parameters the link sets that the tool no longer reads (src/data/tool-params.ts, removedParams). */
  removed: string[];
  switched: CurrencySwitch | undefined;
  hydrated: boolean;
  copyStatus: 'idle' | 'copied' | 'failed';
  /** Scenario A, kept for comparison with the current numbers (B). */
  kept: ToolState | undefined;
  labels: ScenarioLabels;
  scenarioNews: ScenarioNews | undefined;
  keep(): void;
  swap(): void;
  clearKept(): void;
  rename(scenario: keyof ScenarioLabels, text: string): void;
  setText(name: string, text: string): void;
  /** The reader left the field: a valid text is rewritten as it was read. */
  settle(name: string): void;
  setCurrency(currency: Currency): void;
  setChoice(name: string, value: string): void;
  reset(): void;
  copyLink(): void;
}

export function useTool(id: ToolId, { locale, toolPath, embedded, examples, salaryFields }: Omit<ToolProps, 'strings'>): ToolController {
  const fields = toolFields[id] as readonly FieldSpec[];
  const choiceSpecs: ChoiceSpecs = toolChoices[id];
  const { intlLocale, currency: localeCurrency } = localeInfo[locale];
  const defaults = (currency: Currency): Values => ({ ...examples[currency] });
  const show = (value: number) => formatFieldNumber(value, intlLocale);
  const sheetOf = (values: Values): Sheet => ({
    texts: Object.fromEntries(fields.map((f) => [f.name, show(values[f.name] ?? 0)])),
    issues: {},
    values,
  });
  const changed = (sheet: Sheet, currency: Currency) => {
    const examples = defaults(currency);
    return fields.some((f) => sheet.values[f.name] !== examples[f.name] || sheet.issues[f.name] !== undefined);
  };

  const [live, setLive] = useState<LiveState>(() => ({
    currency: localeCurrency,
    sheet: sheetOf(defaults(localeCurrency)),
    choices: defaultChoices(choiceSpecs),
    others: {},
    switched: undefined,
    kept: undefined,
    labels: { a: '', b: '' },
    scenarioNews: undefined,
  }));
  const [rejected, setRejected] = useState<string[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [copyStatus, setCopyStatus] = useState<ToolController['copyStatus']>('idle');
  const { currency, sheet, choices, kept, labels } = live;
  const query = useMemo(
    () =>
      encodeShared(
        { state: { currency, values: sheet.values, choices }, kept, labels: { a: cleanLabel(labels.a) ?? '', b: cleanLabel(labels.b) ?? '' } },
        fields,
        choiceSpecs,
      ),
    [currency, sheet.values, choices, kept, labels],
  );

  useEffect(() => {
    setHydrated(true);
    if (embedded || location.search === '') return;
    const decoded = decodeShared(location.search, fields, defaults, localeCurrency, choiceSpecs);
    const { state, kept: keptState, labels: keptLabels } = decoded.shared;
    setLive({
      currency: state.currency,
      sheet: sheetOf(state.values),
      choices: state.choices,
      others: {},
      switched: undefined,
      kept: keptState,
      labels: keptLabels,
      scenarioNews: undefined,
    });
    setRejected(decoded.rejected);
    setRemoved(removedInLink(location.search, removedParams[id]));
  }, []);

  useEffect(() => {
    // The reader's #section stays: only the query holds the tool's state.
    if (hydrated && !embedded) history.replaceState(history.state, '', `?${query}${location.hash}`);
    setCopyStatus('idle');
  }, [query]);

  const updateSheet = (update: (sheet: Sheet) => Sheet) => setLive((old) => ({ ...old, sheet: update(old.sheet) }));
  /** The reader has set this value themselves, so the link's unreadable one no longer matters. */
  const settleRejected = (name: string) => setRejected((old) => (old.includes(name) ? old.filter((n) => n !== name) : old));

  return {
    id,
    fields,
    examples: defaults(currency),
    salaryFields,
    currency,
    texts: sheet.texts,
    issues: sheet.issues,
    readbacks: Object.fromEntries(
      fields.map(({ name }) => {
        const value = sheet.values[name] ?? 0;
        const valid = sheet.issues[name] === undefined;
        return [name, valid && sheet.texts[name]?.trim() !== show(value) ? show(value) : undefined];
      }),
    ),
    values: sheet.values,
    choices,
    rejected,
    removed,
    switched: live.switched,
    hydrated,
    copyStatus,
    kept,
    labels,
    scenarioNews: live.scenarioNews,
    keep() {
      setLive((old) => ({ ...old, kept: { currency: old.currency, values: old.sheet.values, choices: old.choices }, scenarioNews: { kind: 'kept' } }));
    },
    swap() {
      setLive((old) =>
        old.kept
          ? {
              ...old,
              currency: old.kept.currency,
              sheet: sheetOf(old.kept.values),
              choices: old.kept.choices,
              kept: { currency: old.currency, values: old.sheet.values, choices: old.choices },
              labels: { a: old.labels.b, b: old.labels.a },
              switched: undefined,
              scenarioNews: { kind: 'swapped' },
            }
          : old,
      );
    },
    clearKept() {
      setLive((old) => ({ ...old, kept: undefined, labels: { a: '', b: '' }, scenarioNews: { kind: 'cleared' } }));
    },
    rename(scenario, text) {
      setLive((old) => ({ ...old, labels: { ...old.labels, [scenario]: text } }));
    },
    setText(name, text) {
      const spec = fields.find((f) => f.name === name);
      if (!spec) return;
      const check = checkText(spec, text, locale);
      settleRejected(name);
      updateSheet((old) => ({
        texts: { ...old.texts, [name]: text },
        issues: { ...old.issues, [name]: check.ok ? undefined : check },
        values: check.ok ? { ...old.values, [name]: check.value } : old.values,
      }));
    },
    settle(name) {
      updateSheet((old) =>
        old.issues[name] === undefined ? { ...old, texts: { ...old.texts, [name]: show(old.values[name] ?? 0) } } : old,
      );
    },
    setCurrency(next) {
      settleRejected('cur');
      setLive((old) => {
        if (next === old.currency) return old;
        const own = old.others[next];
        const restored = own !== undefined && changed(own, next);
        return {
          ...old,
          currency: next,
          sheet: restored ? own : sheetOf(defaults(next)),
          others: { ...old.others, [old.currency]: old.sheet },
          switched: { shown: next, restored, kept: changed(old.sheet, old.currency) ? old.currency : undefined },
        };
      });
    },
    setChoice(name, value) {
      if (!choiceSpecs[name]?.includes(value)) return;
      settleRejected(name);
      setLive((old) => ({ ...old, choices: { ...old.choices, [name]: value } }));
    },
    reset() {
      setLive((old) => ({ ...old, sheet: sheetOf(defaults(old.currency)), choices: defaultChoices(choiceSpecs), switched: undefined }));
      setRejected([]);
      setRemoved([]);
    },
    copyLink() {
      const url = new URL(`${toolPath}?${query}`, location.href).href;
      if (!navigator.clipboard) return setCopyStatus('failed');
      navigator.clipboard.writeText(url).then(
        () => setCopyStatus('copied'),
        () => setCopyStatus('failed'),
      );
    },
  };
}
