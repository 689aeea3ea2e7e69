/**
 * Measures a command and every process it starts, for the scale benchmark. A process's
 * rusage counts only the children it waited for, and some tools do not wait: Pagefind's
 * Node API kills its indexing binary on close, so that binary's CPU (most of the
 * indexing) never reaches the parent's figures. Instead the tree is sampled from /proc
 * every `intervalMs`: each process's own CPU time (never its children's, so nothing is
 * counted twice) and the sum of resident memory over the tree. A process that has left
 * the tree (killed, re-parented) is still followed by its id until it exits.
 */
import { execFileSync, spawn } from 'node:child_process';
import { openSync, closeSync, readdirSync, readFileSync } from 'node:fs';

export interface ProcStat {
  pid: number;
  ppid: number;
  /** Clock ticks after boot when it started: with the id, names one process across samples. */
  startTime: number;
  /** User plus system CPU of the process itself, in clock ticks. */
  cpuTicks: number;
  rssPages: number;
}

/** One /proc/<pid>/stat line. The command name may hold spaces and parentheses, so fields count from the last ")". */
export function parseProcStat(line: string): ProcStat {
  const open = line.indexOf(' (');
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  return { pid: Number(line.slice(0, open)), ppid: field(4), startTime: field(22), cpuTicks: field(14) + field(15), rssPages: field(24) };
}

/** The processes whose parent chain leads to `root`, `root` included. */
export function descendants(stats: readonly ProcStat[], root: number): ProcStat[] {
  const children = Map.groupBy(stats, (s) => s.ppid);
  const found: ProcStat[] = [];
  const queue = stats.filter((s) => s.pid === root);
  for (let next = queue.shift(); next; next = queue.shift()) {
    found.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return found;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

function allStats(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => readStat(Number(name)) ?? []);
}

export interface TreeUsage {
  /** From start until the command and every process it started have exited. */
  seconds: number;
  cpuSeconds: number;
  /** The largest sum of resident memory over the tree at one sample. */
  peakMb: number;
  processes: number;
  exitCode: number | null;
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const pageBytes = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }));

/**
 * Runs `command` with `args`, its output appended to `logFile`, and measures it with its
 * whole process tree. CPU a process spends after the last sample before it exits is
 * missed: at most `intervalMs` per process.
 */
export async function measureTree(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, intervalMs = 100): Promise<TreeUsage> {
  const log = openSync(logFile, 'a');
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', log, log] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const known = new Map<string, ProcStat>();
  let peakPages = 0;
  let rootAlive = true;
  const sample = () => {
    const tree = rootAlive && child.pid !== undefined ? descendants(allStats(), child.pid) : [];
    const followed = [...known.values()].flatMap((s) => {
      const now = readStat(s.pid);
      return now && now.startTime === s.startTime ? [now] : [];
    });
    const alive = new Map([...followed, ...tree].map((s) => [`${s.pid}:${s.startTime}`, s]));
    for (const [key, stat] of alive) known.set(key, stat);
    peakPages = Math.max(peakPages, [...alive.values()].reduce((sum, s) => sum + s.rssPages, 0));
    return alive.size;
  };
  const timer = setInterval(sample, intervalMs);
  const exitCode = await exited;
  rootAlive = false;
  clearInterval(timer);
  while (sample() > 0) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  closeSync(log);
  const cpuTicks = [...known.values()].reduce((sum, s) => sum + s.cpuTicks, 0);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuTicks / ticksPerSecond,
    peakMb: (peakPages * pageBytes) / 1024 / 1024,
    processes: known.size,
    exitCode,
  };
}
