/**
 * One number input with its label and unit; below it, either how a text written in
 * another form was read ("= 2,000,000") or, when the text is not usable, a message.
 * Both are descriptions of the input, not live regions, so a screen reader is not
 * interrupted at every keystroke; the field itself shows the number as read once the
 * reader leaves it.
 */
import { fill } from '../../i18n/fill';
import type { FieldIssue, FieldSpec } from '../../lib/cost/fields';
import type { SharedStrings } from './tool-props';

interface Props {
  id: string;
  label: string;
  spec: FieldSpec;
  unit: string;
  text: string;
  issue: FieldIssue | undefined;
  readback: string | undefined;
  /** A standing note under the field, such as where its example value comes from. */
  hint?: string | undefined;
  /** Placeholders of the messages: the field's limits and an ambiguous text's two readings, as the field writes them. */
  messageValues: (issue: FieldIssue) => Record<string, string>;
  strings: SharedStrings;
  onInput(text: string): void;
  onBlur(): void;
}

export default function NumberField({ id, label, spec, unit, text, issue, readback, hint, messageValues, strings, onInput, onBlur }: Props) {
  const messageId = `${id}-error`;
  const readbackId = `${id}-readback`;
  const unitId = `${id}-unit`;
  const hintId = `${id}-hint`;
  const note = issue ? messageId : readback !== undefined ? readbackId : undefined;
  const described = [note, unitId, hint === undefined ? undefined : hintId].filter(Boolean).join(' ');
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
          aria-invalid={issue ? 'true' : undefined}
          aria-describedby={described}
          onInput={(event) => onInput(event.currentTarget.value)}
          onBlur={onBlur}
        />
        <span class="calc-unit" id={unitId}>
          {unit}
        </span>
      </span>
      {issue && (
        <p id={messageId} class="calc-error">
          {fill(strings[`calc.error.${issue.error}`], messageValues(issue))}
        </p>
      )}
      {!issue && readback !== undefined && (
        <p id={readbackId} class="calc-readback">
          {fill(strings['calc.readback'], { value: readback })}
        </p>
      )}
      {hint !== undefined && (
        <p id={hintId} class="calc-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
