/** `.ci/run` refuses a CHROMIUM_PATH that names no browser, before installing anything. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('.ci/run', () => {
  it('stops with a clear message when CHROMIUM_PATH names a missing file', () => {
    const result = spawnSync('bash', ['.ci/run'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH=/nonexistent/chromium is not an executable file');
    expect(result.stdout).not.toMatch(/added \d+ packages|npm/);
  });
});
