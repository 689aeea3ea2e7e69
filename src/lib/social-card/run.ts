/**
 * The line a build prints about its social cards, and its reading back: the scale benchmark
 * reads the cards' share of the Astro step from the build's log, so both sides use one format.
 */
export interface CardRun {
  /** Cards the pages named. */
  cards: number;
  /** Cards drawn; the rest were copied from the cache. */
  drawn: number;
  milliseconds: number;
  /** CPU time of the build process meanwhile, which a busy machine does not inflate as it does the wall time. */
  cpuMilliseconds: number;
  bytes: number;
}

export function formatCardRun(run: CardRun): string {
  return `social cards: ${run.cards} (${run.drawn} drawn, ${run.cards - run.drawn} from the cache) in ${Math.round(run.milliseconds)} ms (${Math.round(run.cpuMilliseconds)} ms CPU), ${Math.round(run.bytes / 1024)} KB`;
}

/** The run a build log states, or undefined when it states none. */
export function parseCardRun(log: string): CardRun | undefined {
  const match = /social cards: (\d+) \((\d+) drawn, \d+ from the cache\) in (\d+) ms \((\d+) ms CPU\), (\d+) KB/.exec(log);
  if (!match) return undefined;
  return { cards: Number(match[1]), drawn: Number(match[2]), milliseconds: Number(match[3]), cpuMilliseconds: Number(match[4]), bytes: Number(match[5]) * 1024 };
}
