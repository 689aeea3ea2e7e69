/**
 * A tool's live state: the text in each field, its error, the last valid number of
 * every field (the result is computed from these, so a bad entry keeps the last
 * valid result), the currency, and the state mirrored into the page address.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ToolId } from '../../data/catalog';
import { toolDefaults } from '../../data/tool-defaults';
import { localeInfo, type Currency } from '../../i18n/locales';
import { checkText, toolFields, type FieldError, type FieldSpec } from '../../lib/cost/fields';
import { formatPlain } from '../../lib/format';
import { decodeState, encodeState, type ToolState } from '../../lib/share-state';
import type { ToolProps } from './tool-props';

type Values = Record<string, number>;

export interface ToolController {
  fields: readonly FieldSpec[];
  currency: Currency;
  texts: Record<string, string>;
  errors: Record<string, FieldError | undefined>;
  values: Values;
  /** Fields whose values from the link were unreadable and replaced by examples. */
  rejected: string[];
  hydrated: boolean;
  copyStatus: 'idle' | 'copied' | 'failed';
  setText(name: string, text: string): void;
  setCurrency(currency: Currency): void;
  reset(): void;
  copyLink(): void;
}

const defaultsOf = (id: ToolId) => (currency: Currency) => ({ ...toolDefaults[id][currency] }) as Values;

export function useTool(id: ToolId, { locale, toolPath, embedded }: ToolProps): ToolController {
  const fields = toolFields[id] as readonly FieldSpec[];
  const { intlLocale, currency: localeCurrency } = localeInfo[locale];
  const defaults = defaultsOf(id);
  const textsOf = (values: Values) => Object.fromEntries(fields.map((f) => [f.name, formatPlain(values[f.name] ?? 0, intlLocale)]));

  const [state, setState] = useState<ToolState>({ currency: localeCurrency, values: defaults(localeCurrency) });
  const [texts, setTexts] = useState(() => textsOf(state.values));
  const [errors, setErrors] = useState<Record<string, FieldError | undefined>>({});
  const [rejected, setRejected] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [copyStatus, setCopyStatus] = useState<ToolController['copyStatus']>('idle');
  const query = useMemo(() => encodeState(state, fields), [state]);

  useEffect(() => {
    setHydrated(true);
    if (embedded || location.search === '') return;
    const decoded = decodeState(location.search, fields, defaults, localeCurrency);
    setState(decoded.state);
    setTexts(textsOf(decoded.state.values));
    setRejected(decoded.rejected);
  }, []);

  useEffect(() => {
    if (hydrated && !embedded) history.replaceState(history.state, '', `?${query}`);
    setCopyStatus('idle');
  }, [query]);

  const load = (next: ToolState) => {
    setState(next);
    setTexts(textsOf(next.values));
    setErrors({});
  };

  return {
    fields,
    currency: state.currency,
    texts,
    errors,
    values: state.values,
    rejected,
    hydrated,
    copyStatus,
    setText(name, text) {
      const spec = fields.find((f) => f.name === name);
      if (!spec) return;
      setTexts((old) => ({ ...old, [name]: text }));
      const check = checkText(spec, text, locale);
      setErrors((old) => ({ ...old, [name]: check.ok ? undefined : check.error }));
      if (check.ok) setState((old) => ({ ...old, values: { ...old.values, [name]: check.value } }));
    },
    setCurrency(currency) {
      // Untouched examples follow the currency; numbers the reader typed are kept.
      const untouched = fields.every((f) => state.values[f.name] === defaults(state.currency)[f.name]);
      if (untouched) load({ currency, values: defaults(currency) });
      else setState((old) => ({ ...old, currency }));
    },
    reset() {
      load({ currency: state.currency, values: defaults(state.currency) });
      setRejected([]);
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
