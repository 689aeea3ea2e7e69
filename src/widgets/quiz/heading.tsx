/** A heading whose level depends on where the quiz sits (its own page or a guide section). */
import type { ComponentChildren, Ref } from 'preact';

interface Props {
  level: number;
  id?: string;
  /** Given when the heading receives the focus, which also makes it focusable from script. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ComponentChildren;
}

export function Heading({ level, id, headingRef, children }: Props) {
  const Tag = `h${Math.min(Math.max(level, 2), 6)}` as 'h2';
  const focus = headingRef ? { ref: headingRef, tabIndex: -1 } : {};
  return (
    <Tag {...(id ? { id } : {})} {...focus}>
      {children}
    </Tag>
  );
}
