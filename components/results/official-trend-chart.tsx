"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatScore } from "@/lib/scoring";

export type TrendPoint = { vigencia: number; idi: number | null };

/** The official IDI across vigencias. Decorative for screen readers: the table and the summary beside it carry the same data. */
export function OfficialTrendChart({ points }: { points: TrendPoint[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="vigencia" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => [formatScore(typeof value === "number" ? value : null, 1), "IDI oficial"]} labelFormatter={(v) => `Vigencia ${v}`} />
          <Line type="monotone" dataKey="idi" stroke="#1d4ed8" strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
