/** One number input with its label, unit and, when the text is not usable, a message tied to it. */
import { fill } from '../../i18n/fill';
import type { FieldError, FieldSpec } from '../../lib/cost/fields';
import type { CalcStrings } from './tool-props';

interface Props {
  id: string;
  label: string;
  spec: FieldSpec;
  unit: string;
  text: string;
  error: FieldError | undefined;
  limits: { min: string; max: string };
  strings: CalcStrings;
  onInput(text: string): void;
}

export default function NumberField({ id, label, spec, unit, text, error, limits, strings, onInput }: Props) {
  const messageId = `${id}-error`;
  const unitId = `${id}-unit`;
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <span class="calc-input">
        <input
          id={id}
          name={spec.name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${messageId} ${unitId}` : unitId}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <span class="calc-unit" id={unitId}>
          {unit}
        </span>
      </span>
      {error && (
        <p id={messageId} class="calc-error">
          {fill(strings[`calc.error.${error}`], limits)}
        </p>
      )}
    </div>
  );
}
