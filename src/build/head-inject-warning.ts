/**
 * Drops one known-harmless bundler warning: Astro marks every content entry's
 * asset-propagation module with the directive "use astro:head-inject", and Rolldown warns
 * that a module-level directive may not survive bundling, once per MDX file
 * (withastro/astro#18087; Astro reads the directive before bundling, so nothing is lost).
 * With 1,000 guides a locale that is thousands of warnings that bury real ones; every
 * other warning still reaches the log.
 */
import type { Plugin } from 'vite';

/** The fields of a Rolldown log this filter reads. */
export interface BundlerWarning {
  code?: string;
  message: string;
}

export function isHeadInjectDirectiveWarning(warning: BundlerWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** A `build.rolldownOptions.onwarn` handler: passes every warning but that one on to Vite's logger. */
export function withoutHeadInjectWarnings<W extends BundlerWarning>(warning: W, passOn: (warning: W) => void): void {
  if (!isHeadInjectDirectiveWarning(warning)) passOn(warning);
}

/**
 * Installs the filter in every build environment. Astro builds its prerender, server and
 * client environments with rolldown options of its own, so a top-level
 * `vite.build.rolldownOptions.onwarn` never reaches them; an environment hook does.
 */
export function quietHeadInjectWarnings(): Plugin {
  return {
    name: 'cto-guide:quiet-head-inject-warnings',
    apply: 'build',
    configEnvironment: () => ({ build: { rolldownOptions: { onwarn: withoutHeadInjectWarnings } } }),
  };
}
