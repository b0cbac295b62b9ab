// Resident memory of the server: the `next start` process and every process
// it spawned (Next runs the app in a child), summed from /proc/<pid>/status
// VmRSS, sampled every 200 ms for the whole run. The peak is what a
// container's memory limit would have to allow.
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The process and every descendant, from the parent ids in /proc. */
export function treePids(root: number): number[] {
  const pids = readdirSync("/proc").filter((n) => /^\d+$/.test(n)).map(Number);
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export function treeRssMb(root: number): number {
  return treePids(root).reduce((total, pid) => total + rssKb(pid), 0) / 1024;
}

export function sampleMemory(root: number, everyMs = 200) {
  let peak = 0;
  let last = 0;
  const timer = setInterval(() => {
    last = treeRssMb(root);
    peak = Math.max(peak, last);
  }, everyMs);
  return {
    peakMb: () => peak,
    lastMb: () => last,
    stop: () => clearInterval(timer),
  };
}
