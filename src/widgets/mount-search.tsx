/** Renders the search UI into the header's dialog; loaded only when a reader asks for search. */
import { render } from 'preact';
import Search from './Search';
import type { SearchProps } from './search-props';

export function mountSearch(container: HTMLElement, props: SearchProps): void {
  container.replaceChildren();
  render(<Search {...props} />, container);
  // Focus now, not in an effect, so no keystroke typed during the swap is lost.
  const input = container.querySelector('input');
  input?.focus();
  input?.setSelectionRange(input.value.length, input.value.length);
}
