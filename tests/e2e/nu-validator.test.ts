/**
 * The W3C Nu HTML checker (the `vnu-jar` package, run with the machine's Java; `.ci/run`
 * installs a headless JRE where Java is missing) over every built page: any error fails.
 * html-validate (html-validate.test.ts) stays for the rules the Nu checker lacks (ids
 * referenced by ARIA attributes, the site's own conventions). One planted page with known
 * errors is checked in the same run, so a checker that silently checks nothing fails here.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { builtPages } from './harness';

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

const vnuJar = join(dirname(fileURLToPath(import.meta.resolve('vnu-jar'))), 'build/dist/vnu.jar');
const planted = join(mkdtempSync(join(tmpdir(), 'nu-')), 'planted.html');
writeFileSync(planted, '<!doctype html><html lang="en"><title>t</title><table><tr role="row"><td>a</td></tr></table></html><script></script>');

it('the W3C Nu checker finds no error on any built page', { timeout: 180_000 }, async () => {
  expect(builtPages().length).toBeGreaterThan(70);
  // The checker exits 1 when it reports an error; its JSON report goes to stderr either way.
  const { stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', planted, 'dist'], { maxBuffer: 64 * 1024 * 1024 }).catch((error: { stderr: string }) => error);
  const messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
  const onPlanted = messages.filter((m) => m.url.endsWith('/planted.html'));
  expect(onPlanted.map((m) => m.message).join('\n')).toMatch(/role.*tr|Stray start tag/);
  const onSite = messages.filter((m) => !m.url.endsWith('/planted.html')).map((m) => `${m.url.replace(/^.*\/dist\//, '/')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(onSite).toEqual([]);
});
