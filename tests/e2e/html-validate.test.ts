/**
 * Every built page is valid HTML under html-validate's recommended rules (.htmlvalidate.json).
 * Two exceptions are configured there: void elements may be written either way (Astro
 * writes both), and a `<style>` may stand in the body, where Astro puts its island styles.
 */
import { FileSystemConfigLoader, HtmlValidate, type Report } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtFile } from '../quality/page-kinds';
import { builtPages } from './harness';

const validator = new HtmlValidate(new FileSystemConfigLoader());

const errors = (report: Report) =>
  report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));

/** The rules apply by file location: strings are validated as if they were a page in dist/. */
const validate = (html: string) => validator.validateString(html, 'dist/fixture.html');

/** A valid page around the given body, for the tests that prove the rules bite. */
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body>${body}</body></html>`;

describe('html-validate', () => {
  it('accepts a valid page and rejects a duplicate id and a misnested element', async () => {
    await expect(validate(page('<main><p id="a">One</p></main>')).then(errors)).resolves.toEqual([]);
    const duplicate = await validate(page('<main><p id="a">One</p><p id="a">Two</p></main>'));
    expect(errors(duplicate).join('\n')).toMatch(/no-dup-id/);
    const misnested = await validate(page('<main><p><div>Block in a paragraph</div></p></main>'));
    expect(misnested.valid).toBe(false);
  });

  it.each(builtPages())('%s is valid HTML', async (path) => {
    const report = await validator.validateFile(builtFile(path) ?? path);
    expect(errors(report)).toEqual([]);
  });
});
