/**
 * `npm run lint:content`: the content lint over the project (src/lib/content-lint/).
 * Prints each finding as `file:line:col rule message` and exits with 1 if there is any.
 */
import { readContent } from '../src/lib/content-lint/files.ts';
import { formatFinding, lintContent } from '../src/lib/content-lint/index.ts';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const { files, autocorrectConfig } = readContent(process.cwd());
const findings = lintContent(files, autocorrectConfig);
for (const finding of findings) console.log(formatFinding(finding));
if (findings.length > 0) {
  console.error(`content lint: ${count(findings.length, 'finding')} in ${count(files.length, 'file')}`);
  process.exitCode = 1;
} else {
  console.log(`content lint: ${count(files.length, 'file')}, no findings`);
}
