/**
 * Moves the focus to `target` and brings `frame` (the step or the result card around it)
 * into view with the least scrolling: its top when that is hidden, else as much of it as
 * fits, its top kept in view. focus()'s own scrolling only guarantees the target itself,
 * which may leave the answers below the fold or a card cut off at its top.
 */
export function focusInView(target: HTMLElement, frame: HTMLElement): void {
  target.focus({ preventScroll: true });
  // The margin scrollIntoView keeps at the top (a sticky header would set it on <html>).
  const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const { top, bottom } = frame.getBoundingClientRect();
  if (top < padding) frame.scrollIntoView({ block: 'start' });
  // "nearest" shows the bottom of a frame that fits, and aligns the top of one that does not.
  else if (bottom > window.innerHeight) frame.scrollIntoView({ block: 'nearest' });
}
