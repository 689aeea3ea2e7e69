/**
 * Reading-time estimate that respects each script: Han characters are counted one by
 * one (Chinese has no spaces between words), every other run of letters or digits
 * counts as one word (for Vietnamese, one syllable).
 */

const hanCharacter = /\p{Script=Han}/gu;
const word = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** How many reading units (Han characters plus words) a text holds. */
export function readingUnits(text: string): number {
  const hanCount = text.match(hanCharacter)?.length ?? 0;
  const withoutHan = text.replace(hanCharacter, ' ');
  const wordCount = withoutHan.match(word)?.length ?? 0;
  return hanCount + wordCount;
}

/** Whole minutes to read `text` at `unitsPerMinute`, never less than one. */
export function readingMinutes(text: string, unitsPerMinute: number): number {
  return Math.max(1, Math.round(readingUnits(text) / unitsPerMinute));
}

/**
 * The readable text of a Markdown/MDX body: drops front matter, code, import/export
 * lines, directive fences, JSX tags, link targets, heading ids and Markdown punctuation.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    // The whole line goes, its line break stays between the words around it.
    .replace(/^(import|export)\s.*/gm, '')
    // Directive fences (`:::diagram{kind="steps"}`, `:::`) are markup; a `[label]` is read.
    .replace(/^:{2,}[\w-]*(?:\[([^\]]*)\])?(?:\{[^}]*\})?[ \t]*$/gm, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]/g, ' ');
}
