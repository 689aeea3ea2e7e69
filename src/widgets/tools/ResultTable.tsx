/**
 * A small results table: one row per item, one column per path. Where the calculator is
 * narrow, CSS stacks each row under its name, and every value shows the name of its
 * column beside it (hidden from assistive technology, which reads the column header).
 */
export interface ResultRow {
  header: string;
  cells: string[];
}

interface Props {
  caption: string;
  /** Header of the row names' column, then one per value column. */
  columns: [string, ...string[]];
  rows: ResultRow[];
  total?: ResultRow;
}

export default function ResultTable({ caption, columns, rows, total }: Props) {
  const [corner, ...valueColumns] = columns;
  const row = ({ header, cells }: ResultRow) => (
    <tr>
      <th scope="row">{header}</th>
      {cells.map((cell, i) => (
        <td>
          <span class="calc-cell-label" aria-hidden="true">
            {valueColumns[i]}
          </span>
          <span class="calc-cell-value">{cell}</span>
        </td>
      ))}
    </tr>
  );
  return (
    <table class="calc-stack">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {valueColumns.map((name) => (
            <th scope="col">{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>{rows.map(row)}</tbody>
      {total && <tfoot>{row(total)}</tfoot>}
    </table>
  );
}
