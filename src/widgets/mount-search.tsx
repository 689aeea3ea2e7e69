/**
 * The search UI for the header's dialog, loaded only when a reader asks for search. The
 * dialog's first-load script adds this module as a `<script>` element and waits for the
 * `search-ui` event it dispatches when it has run (see src/build/bundle-url.ts).
 */
import { render } from 'preact';
import Search from './Search';
import type { SearchProps } from './search-props';

export type MountSearch = (container: HTMLElement, props: SearchProps) => void;

const mountSearch: MountSearch = (container, props) => {
  container.replaceChildren();
  render(<Search {...props} />, container);
  // Focus now, not in an effect, so no keystroke typed during the swap is lost.
  const input = container.querySelector('input');
  input?.focus();
  input?.setSelectionRange(input.value.length, input.value.length);
};

// The event name is the one src/components/SearchDialog.astro listens for.
document.dispatchEvent(new CustomEvent<MountSearch>('search-ui', { detail: mountSearch }));
