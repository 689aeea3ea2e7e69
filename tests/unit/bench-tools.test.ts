import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFile } from '../quality/content-files';
import { descendants, measureTree, parseProcStat } from '../quality/process-tree';
import { guideProfile, syntheticGuides } from '../quality/synthetic-guides';

describe('process tree measurement', () => {
  it('reads a /proc stat line whose command name holds spaces and parentheses', () => {
    const line = '4242 (node (worker) 1) S 4200 4242 4200 0 -1 4194560 100 0 0 0 250 30 7 1 20 0 11 0 987654 1073741824 51200 18446744073709551615';
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, startTime: 987654, cpuTicks: 280, rssPages: 51200 });
  });

  it('finds every process below the root, and only those', () => {
    const stat = (pid: number, ppid: number) => ({ pid, ppid, startTime: pid, cpuTicks: 1, rssPages: 1 });
    const stats = [stat(1, 0), stat(10, 1), stat(11, 10), stat(12, 11), stat(13, 10), stat(20, 1), stat(21, 20)];
    expect(descendants(stats, 10).map((s) => s.pid).sort()).toEqual([10, 11, 12, 13]);
    expect(descendants(stats, 99)).toEqual([]);
  });

  it('counts the CPU of a child the command never waits for', async () => {
    // The parent starts a detached child and exits without waiting for it, as Pagefind's API
    // leaves its binary; the child spins until it has used 0.6 s of CPU, however loaded the machine.
    const spin = 'while (process.cpuUsage().user < 600_000);';
    const parent = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(spin)}], { detached: true, stdio: 'ignore' }).unref(); setTimeout(() => {}, 300);`;
    const usage = await measureTree(process.execPath, ['-e', parent], process.env, '/dev/null', 20);
    expect(usage.exitCode).toBe(0);
    expect(usage.processes).toBeGreaterThanOrEqual(2);
    expect(usage.cpuSeconds).toBeGreaterThan(0.6);
  }, 30_000);
});

describe('synthetic guides mirror the real ones', () => {
  const profileOf = (slug: string) => {
    const file = entryFile('guides', 'en', slug);
    return guideProfile(basename(file), readFileSync(file, 'utf8'));
  };
  const handover = profileOf('handover');
  const quiz = profileOf('cto-as-a-service');
  const profiles = { en: [handover, quiz], zh: [handover, quiz], vi: [handover, quiz] };

  it('copies the callouts, diagrams and embedded widgets of a real guide', () => {
    expect(handover.directives.map((d) => d.split('\n')[0])).toEqual([':::takeaway', ':::diagram{kind="steps"}', ':::warning']);
    expect(handover.directives.every((d) => d.endsWith('\n:::'))).toBe(true);
    expect(handover.components).toEqual([]);
    expect(quiz.imports).toEqual([]);
    expect(quiz.components).toEqual(['::quiz{id="cto-model"}']);
  });

  it('keeps the real extension and copies each block into the synthetic text', () => {
    const guides = syntheticGuides(2, 'cto-as-a-service', 'src', profiles);
    // Guide n mirrors profile n % 2: bench-0001 the quiz guide, bench-0002 the handover.
    expect(guides.filter((g) => g.path.startsWith('guides/en/')).map((g) => g.path)).toEqual(['guides/en/bench-0001.md', 'guides/en/bench-0002.md']);
    const [withQuiz, plain] = guides;
    expect(withQuiz?.text).toContain(quiz.components[0]);
    for (const directive of handover.directives) expect(plain?.text).toContain(directive);
  });

  it('copies an MDX guide with its imports and components', () => {
    const mdx = guideProfile('widget.mdx', "---\ntitle: x\n---\n\nimport Widget from './Widget';\n\nText.\n\n<Widget client:visible />\n");
    expect(mdx.imports).toEqual(["import Widget from './Widget';"]);
    expect(mdx.components).toEqual(['<Widget client:visible />']);
    const [guide] = syntheticGuides(1, 'cto-as-a-service', 'src', { en: [mdx], zh: [mdx], vi: [mdx] });
    expect(guide?.path).toBe('guides/en/bench-0001.mdx');
    expect(guide?.text).toContain("import Widget from './Widget';\n\n");
    expect(guide?.text).toContain('<Widget client:visible />');
  });
});
