// Gantt-like bars for the timeline: each dated item as a start/width in
// percent of the plan's date range (which always includes today), plus month
// marks. Pure, so the page is plain CSS and works on a phone.
import { isoDay } from "./effective-status";

export type TimelineInput = { id: string; startDate: Date | null; dueDate: Date | null };
export type TimelineBar = { id: string; left: number; width: number };
export type TimelineScale = { bars: Map<string, TimelineBar>; months: { label: string; left: number }[]; today: number; undated: string[] };

const DAY = 86_400_000;
const MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

export function timelineScale(items: readonly TimelineInput[], today: string): TimelineScale {
  const dated = items.filter((i): i is TimelineInput & { dueDate: Date } => i.dueDate !== null);
  const t = Date.parse(today);
  const starts = dated.map((i) => Date.parse(isoDay(i.startDate ?? i.dueDate)));
  const ends = dated.map((i) => Date.parse(isoDay(i.dueDate)) + DAY);
  const from = Math.min(t, ...starts);
  const to = Math.max(t + DAY, ...ends);
  const span = to - from;
  const pct = (ms: number) => ((ms - from) / span) * 100;
  const bars = new Map<string, TimelineBar>();
  dated.forEach((item, i) => {
    const start = pct(Math.min(starts[i]!, ends[i]! - DAY));
    // A one-day bar stays visible (1.5 % wide) and never runs past the edge.
    const width = Math.max(pct(ends[i]!) - start, 1.5);
    bars.set(item.id, { id: item.id, left: Math.min(start, 100 - width), width });
  });
  const months: { label: string; left: number }[] = [];
  const cursor = new Date(from);
  cursor.setUTCDate(1);
  for (cursor.setUTCMonth(cursor.getUTCMonth() + 1); cursor.getTime() < to; cursor.setUTCMonth(cursor.getUTCMonth() + 1)) {
    months.push({ label: `${MONTHS[cursor.getUTCMonth()]} ${String(cursor.getUTCFullYear()).slice(2)}`, left: pct(cursor.getTime()) });
  }
  return { bars, months, today: pct(t), undated: items.filter((i) => i.dueDate === null).map((i) => i.id) };
}
