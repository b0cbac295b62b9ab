// CPU time the server spent (user + system, the `next start` process and its
// children, from /proc/<pid>/stat). It depends far less than latency on what
// else a shared machine is doing (waiting for a core costs no CPU time),
// though cache contention still inflates it somewhat. Over few requests it
// is dominated by cold start and background work. PostgreSQL runs in its own
// processes and is not included.
import { readFileSync } from "node:fs";
import { treePids } from "./process-memory";

/** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s. */
const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after "(comm) ": state is index 0, utime index 11, stime index 12.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

export function treeCpuMs(root: number): number {
  return (treePids(root).reduce((total, pid) => total + cpuTicks(pid), 0) * 1000) / TICKS_PER_SECOND;
}
