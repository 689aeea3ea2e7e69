/**
 * Scenarios side by side, the part every tool page loads: the "Keep as scenario A"
 * button, the one announcement each scenario action gets, and the comparison panel,
 * whose code (the outputs of every tool and their formatting) is fetched only once a
 * scenario is kept, so a page that never compares pays nothing for it at first load.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import type { ScenarioLabels } from '../../lib/share-state';
import type { ScenarioPanelProps } from './ScenarioPanel';
import { asCalcStrings, type CalcStrings, type SharedStrings } from './tool-props';
import type { ToolController } from './use-tool';

/** The names shown for A and B: what the reader typed, or the locale's default names. */
export function scenarioNames(labels: ScenarioLabels, s: CalcStrings): ScenarioLabels {
  return { a: labels.a.trim() || s['calc.scenario.defaultA'], b: labels.b.trim() || s['calc.scenario.defaultB'] };
}

/** A link parameter as the notice about unreadable values names it: A's with the scenario's name. */
export function paramName(name: string, plainName: (name: string) => string, tool: ToolController, s: CalcStrings): string {
  if (name === 'a.label') return s['calc.scenario.nameA'];
  if (name === 'b.label') return s['calc.scenario.nameB'];
  if (!name.startsWith('a.')) return plainName(name);
  return fill(s['calc.scenario.field'], { field: plainName(name.slice(2)), scenario: scenarioNames(tool.labels, s).a });
}

interface Props {
  tool: ToolController;
  strings: SharedStrings;
  locale: Locale;
  idPrefix: string;
}

export default function ScenarioBar({ tool, strings, locale, idPrefix }: Props) {
  const s = asCalcStrings(strings);
  const [Panel, setPanel] = useState<ComponentType<ScenarioPanelProps>>();
  const [announced, setAnnounced] = useState('');
  const keepButton = useRef<HTMLButtonElement>(null);
  const kept = tool.kept !== undefined;

  useEffect(() => {
    if (kept && !Panel) void import('./ScenarioPanel').then((module) => setPanel(() => module.default));
  }, [kept]);
  // The message is fixed when the action happens, so renaming a scenario later does not repeat it.
  useEffect(() => {
    const news = tool.scenarioNews;
    if (!news) return;
    const text = fill(s[`calc.scenario.${news.kind}`], scenarioNames(tool.labels, s));
    // The same words twice (a second swap) would leave the status unchanged and unheard.
    setAnnounced((old) => (old === text ? `${text}\u00a0` : text));
    if (news.kind === 'cleared') keepButton.current?.focus();
  }, [tool.scenarioNews]);

  return (
    <div class="calc-scenarios">
      {kept ? (
        Panel && <Panel tool={tool} strings={s} locale={locale} idPrefix={idPrefix} focusOnMount={tool.scenarioNews?.kind === 'kept'} />
      ) : (
        <p class="calc-keep">
          <button type="button" ref={keepButton} onClick={tool.keep} disabled={!tool.hydrated} aria-describedby={`${idPrefix}keep-hint`}>
            {s['calc.scenario.keep']}
          </button>
          <span id={`${idPrefix}keep-hint`}>{s['calc.scenario.keepHint']}</span>
        </p>
      )}
      <p class="visually-hidden" role="status">
        {announced}
      </p>
    </div>
  );
}
