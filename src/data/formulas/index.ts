/**
 * The formulas behind each tool, for the "How this is calculated" section of its page:
 * one data file per tool, `<tool-id>.ts`, exporting `formulas` and the date they were
 * last `reviewed`. The files are gathered by name, so a tool's file counts as soon as it
 * exists; a tool without one shows its assumptions alone. tests/unit/formulas.test.ts
 * checks every file names a tool and every explanation exists in every locale.
 */
import { toolIds, type ToolId } from '../catalog';

export interface ToolFormula {
  /** Readable notation with the inputs' URL names; the same in every language. */
  expr: string;
  /** The dictionary key of its one-sentence explanation, `tools.<id>.formula.<name>`. */
  explain: string;
}

export interface ToolFormulas {
  formulas: readonly ToolFormula[];
  /** ISO date (YYYY-MM-DD) the formulas were last checked against the model. */
  reviewed: string;
}

const files = import.meta.glob<ToolFormulas>(['./*.ts', '!./index.ts'], { eager: true });

const isToolId = (name: string): name is ToolId => (toolIds as readonly string[]).includes(name);

export const toolFormulas: Partial<Record<ToolId, ToolFormulas>> = Object.fromEntries(
  Object.entries(files)
    .map(([path, file]) => [path.replace(/^\.\/(.*)\.ts$/, '$1'), { formulas: file.formulas, reviewed: file.reviewed }] as const)
    .filter(([name]) => isToolId(name)),
);

