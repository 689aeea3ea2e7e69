/**
 * The sensitivity section of a tool: a closed <details> whose content (the chart, its
 * table and the module that computes them) loads when the reader first opens it, so the
 * tool's first load stays small. The build renders the content into the page, so the
 * table reads without JavaScript; once the island is live, the content comes back from
 * the loaded module.
 *
 * The module is only ever imported dynamically: a static import, even one used on the
 * server alone, would pull it into the first load. The server renders asynchronously
 * and waits for a component that throws a promise, so it renders the content in full.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SensitivityProps } from './Sensitivity';

/** Kept across islands and remounts: the module loads once per page. */
let loaded: ComponentType<SensitivityProps> | undefined;
const loadContent = () =>
  import('./Sensitivity').then((module) => {
    loaded = module.default;
    return module.default;
  });

function ServerContent(props: SensitivityProps) {
  if (!loaded) throw loadContent();
  const Content = loaded;
  return <Content {...props} />;
}

export default function SensitivitySection(props: SensitivityProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const [Content, setContent] = useState(() => loaded);
  const load = () => {
    if (!Content) void loadContent().then((content) => setContent(() => content));
  };
  // Opened before the island went live: the reader is already looking at it.
  useEffect(() => {
    if (details.current?.open) load();
  }, []);
  return (
    <details class="calc-sensitivity" ref={details} onToggle={(event) => event.currentTarget.open && load()}>
      <summary>{props.strings['calc.sens.title']}</summary>
      {/* A box of its own: a <details> element's content does not take its grid. */}
      <div class="sens-body">{import.meta.env.SSR ? <ServerContent {...props} /> : Content && <Content {...props} />}</div>
    </details>
  );
}
