"use client";
// Horizontal bars of policy scores (0-100). Each bar carries its score and
// level number as text, and opens the policy's autodiagnóstico on click.
import { useRouter } from "next/navigation";
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { ScorePoint } from "./chart-data";

export default function ScoreBarChart({ points }: { points: ScorePoint[] }) {
  const router = useRouter();
  return (
    <ResponsiveContainer width="100%" height={points.length * 34 + 36}>
      <BarChart data={points} layout="vertical" margin={{ top: 4, right: 84, bottom: 4, left: 0 }}>
        <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="key" width={52} tick={{ fontSize: 11 }} />
        <Bar
          dataKey="value"
          barSize={18}
          // A stub for blank policies: recharts draws no label for a zero-width bar.
          minPointSize={2}
          stroke="#334155"
          strokeWidth={0.5}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => {
            const href = (entry.payload as ScorePoint | undefined)?.href;
            if (href) router.push(href);
          }}
        >
          {points.map((p) => (
            <Cell key={p.key} fill={p.color} />
          ))}
          {/* Drawn by hand so the text sits right after the bar, however short. */}
          <LabelList
            dataKey="label"
            content={({ x, y, width, height, value }) => (
              <text x={Number(x) + Number(width) + 6} y={Number(y) + Number(height) / 2} dominantBaseline="middle" fontSize={11} fill="#0f172a">
                {String(value)}
              </text>
            )}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
