// CPU seconds used by a process and all its descendants (Linux /proc): on a machine shared with
// other work, wall time says how busy the machine was; CPU time says what our code cost.
import { readdirSync, readFileSync } from 'node:fs';

interface Stat {
  ppid: number;
  seconds: number;
}

/** utime + stime of every live process, by pid (clock ticks of 1/100 s on Linux). */
function stats(): Map<number, Stat> {
  const out = new Map<number, Stat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: fields start after the last ') '.
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(') ') + 2).split(' ');
      out.set(Number(name), { ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

/** CPU seconds of `root`'s descendants (not `root` itself), leaving out the subtrees of `except`. */
export function descendantsCpuSeconds(root: number, except: readonly number[] = []): number {
  const all = stats();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of all) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      if (except.includes(child)) continue;
      total += all.get(child)!.seconds;
      walk(child);
    }
  };
  walk(root);
  return total;
}

/** CPU seconds of one process and its descendants. */
export function treeCpuSeconds(pid: number): number {
  return (stats().get(pid)?.seconds ?? 0) + descendantsCpuSeconds(pid);
}
