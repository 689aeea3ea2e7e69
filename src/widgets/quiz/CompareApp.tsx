/**
 * Two results of a scale quiz side by side (the CEO's and the CTO's), read from their
 * share links. The comparison's own address keeps both codes, so it can be shared too.
 */
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { compareScales, scoreScale, type DimensionScore } from '../../lib/quiz/scoring';
import { compareQuery, decodeAnswers, decodeShareLink, shareQuery } from '../../lib/quiz/share-code';
import { answerShape, type ScaleQuizView } from '../../lib/quiz/view';
import type { QuizStrings } from './quiz-props';

export interface CompareProps {
  quiz: ScaleQuizView;
  strings: QuizStrings;
}

const roles = ['ceo', 'cto'] as const;
type Role = (typeof roles)[number];

export function CompareApp({ quiz, strings }: CompareProps) {
  const shape = answerShape(quiz);
  const [start] = useState(() => {
    const params = new URLSearchParams(location.search);
    const linkOf = (role: Role) => {
      const decoded = decodeAnswers(params, shape, role);
      return decoded.ok ? new URL(`${quiz.path}?${shareQuery(decoded.answers, quiz.revision)}`, location.href).href : '';
    };
    // A result the address names is checked at once, so a damaged one is reported, not silently dropped.
    return { links: { ceo: linkOf('ceo'), cto: linkOf('cto') }, checked: { ceo: params.has('ceo'), cto: params.has('cto') } };
  });
  const [links, setLinks] = useState<Record<Role, string>>(start.links);
  const [checked, setChecked] = useState<Record<Role, boolean>>(start.checked);
  const decoded = { ceo: decodeShareLink(links.ceo, shape), cto: decodeShareLink(links.cto, shape) };
  const label = { ceo: strings['quiz.compare.ceoLink'], cto: strings['quiz.compare.ctoLink'] };
  const table = useRef<HTMLTableElement>(null);
  const [focusTable, setFocusTable] = useState(false);
  useEffect(() => {
    if (focusTable) table.current?.focus();
  }, [focusTable]);

  const submit = (event: Event) => {
    event.preventDefault();
    setChecked({ ceo: true, cto: true });
    setFocusTable(decoded.ceo.ok && decoded.cto.ok);
    if (decoded.ceo.ok && decoded.cto.ok) {
      history.replaceState(null, '', `?${compareQuery(decoded.ceo.answers, decoded.cto.answers, quiz.revision)}`);
    }
  };

  const scores =
    checked.ceo && checked.cto && decoded.ceo.ok && decoded.cto.ok
      ? { ceo: scoreScale(quiz, decoded.ceo.answers), cto: scoreScale(quiz, decoded.cto.answers) }
      : undefined;

  return (
    <div class="quiz-app">
      <form class="quiz-compare-form" onSubmit={submit} noValidate>
        <p>{strings['quiz.compare.instructions']}</p>
        {roles.map((role) => {
          const invalid = checked[role] && !decoded[role].ok;
          return (
            <div class="quiz-field" key={role}>
              <label for={`compare-${role}`}>{label[role]}</label>
              <input
                id={`compare-${role}`}
                type="url"
                value={links[role]}
                aria-invalid={invalid ? 'true' : undefined}
                aria-describedby={invalid ? `compare-${role}-error` : undefined}
                onInput={(e) => {
                  setChecked({ ...checked, [role]: false });
                  setFocusTable(false);
                  setLinks({ ...links, [role]: e.currentTarget.value });
                }}
              />
              {invalid && (
                <p id={`compare-${role}-error`} class="quiz-error">
                  {strings['quiz.compare.invalid']}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit" class="quiz-button primary">
          {strings['quiz.compare.show']}
        </button>
      </form>
      {scores && <CompareTable quiz={quiz} strings={strings} ceo={scores.ceo} cto={scores.cto} tableRef={table} />}
    </div>
  );
}

interface TableProps {
  quiz: ScaleQuizView;
  strings: QuizStrings;
  ceo: DimensionScore[];
  cto: DimensionScore[];
  tableRef: Ref<HTMLTableElement>;
}

function CompareTable({ quiz, strings, ceo, cto, tableRef }: TableProps) {
  const titles = new Map(quiz.dimensions.map((d) => [d.id, d.title]));
  const rows = compareScales([...titles.keys()], ceo, cto);
  return (
    <table class="quiz-compare" ref={tableRef} tabIndex={-1}>
      <caption>{strings['quiz.compare.caption']}</caption>
      <thead>
        <tr>
          <th scope="col">{strings['quiz.compare.area']}</th>
          <th scope="col">{strings['quiz.compare.ceo']}</th>
          <th scope="col">{strings['quiz.compare.cto']}</th>
          <th scope="col">{strings['quiz.compare.gap']}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.dimension}>
            <th scope="row">
              {titles.get(row.dimension)}
              {row.flagged && <span class="quiz-flag">{strings['quiz.compare.bigGap']}</span>}
            </th>
            <td>{row.ceo}</td>
            <td>{row.cto}</td>
            <td>{row.gap}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
