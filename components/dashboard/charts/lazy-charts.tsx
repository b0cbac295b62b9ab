"use client";
// The chart library loads after the page: the summaries and tables arrive
// with the HTML, so a slow connection shows the figures before the drawings.
import dynamic from "next/dynamic";

function Placeholder({ height }: { height: number }) {
  return <div style={{ height }} className="animate-pulse rounded bg-slate-100" />;
}

export const LazyScoreBarChart = dynamic(() => import("./score-bar-chart"), { ssr: false, loading: () => <Placeholder height={160} /> });
export const LazyScoreRadarChart = dynamic(() => import("./score-radar-chart"), { ssr: false, loading: () => <Placeholder height={280} /> });
export const LazyOfficialTrendLineChart = dynamic(() => import("./official-trend-line-chart"), { ssr: false, loading: () => <Placeholder height={240} /> });
