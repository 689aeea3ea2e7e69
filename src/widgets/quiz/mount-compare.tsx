/** Loaded by the comparison page's element: renders the comparison in place of the loading text. */
import { render } from 'preact';
import { CompareApp, type CompareProps } from './CompareApp';

export function mountCompare(root: HTMLElement, props: CompareProps): void {
  root.replaceChildren();
  render(<CompareApp {...props} />, root);
}
