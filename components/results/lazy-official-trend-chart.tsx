"use client";
// recharts loads after the page (as the tablero's charts do): the IDI summary
// and the table beside the chart arrive with the HTML, so a slow connection
// shows the figures first and the page's first-load JS stays under 200 KB.
import dynamic from "next/dynamic";

export const LazyOfficialTrendChart = dynamic(() => import("./official-trend-chart").then((m) => m.OfficialTrendChart), {
  ssr: false,
  // Same height as the chart: nothing below it jumps when it arrives.
  loading: () => <div aria-hidden="true" className="h-56 w-full animate-pulse rounded bg-slate-100" />,
});
