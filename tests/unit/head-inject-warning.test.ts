import { describe, expect, it } from 'vitest';
import { isHeadInjectDirectiveWarning, quietHeadInjectWarnings, withoutHeadInjectWarnings, type BundlerWarning } from '../../src/build/head-inject-warning';

// As Rolldown reports it for a content entry (withastro/astro#18087).
const headInject: BundlerWarning = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/guides/en/handover.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};
const useClient: BundlerWarning = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use client" in "src/widgets/Search.tsx" may not be preserved when bundling.',
};
const unresolved: BundlerWarning = { code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "use astro:head-inject" helper' };

function passedOn(warnings: BundlerWarning[]): BundlerWarning[] {
  const logged: BundlerWarning[] = [];
  for (const warning of warnings) withoutHeadInjectWarnings(warning, (w) => logged.push(w));
  return logged;
}

describe('the head-inject directive warning filter', () => {
  it('drops the per-file warning about Astro’s head-inject directive', () => {
    expect(isHeadInjectDirectiveWarning(headInject)).toBe(true);
    expect(passedOn([headInject])).toEqual([]);
  });

  it('passes on other directives, other codes and warnings without a code', () => {
    const others = [useClient, unresolved, { message: headInject.message }];
    expect(others.map(isHeadInjectDirectiveWarning)).toEqual([false, false, false]);
    expect(passedOn([headInject, ...others, headInject])).toEqual(others);
  });

  it('is installed in every build environment, where Astro’s own rolldown options would hide a top-level one', () => {
    const plugin = quietHeadInjectWarnings();
    expect(plugin.apply).toBe('build');
    const hook = plugin.configEnvironment;
    expect(typeof hook).toBe('function');
    const config = (hook as () => { build: { rolldownOptions: { onwarn: unknown } } })();
    expect(config.build.rolldownOptions.onwarn).toBe(withoutHeadInjectWarnings);
  });
});
