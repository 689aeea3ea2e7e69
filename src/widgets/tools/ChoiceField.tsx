/**
 * A switch between a few ways of counting, as a group of radio buttons: one Tab stop,
 * the arrow keys move between the options, and the group's name is read with each.
 */
interface Props {
  /** The radio group's name, unique on the page. */
  name: string;
  label: string;
  options: readonly string[];
  optionLabel(option: string): string;
  value: string;
  onChange(value: string): void;
}

export default function ChoiceField({ name, label, options, optionLabel, value, onChange }: Props) {
  return (
    <fieldset class="calc-choice">
      <legend>{label}</legend>
      {options.map((option) => (
        <label>
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            onChange={(event) => event.currentTarget.checked && onChange(option)}
          />
          <span>{optionLabel(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
