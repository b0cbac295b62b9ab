"use client";
// Radar of scores on 0-100 (dimensions of the entity, or policies of a
// dimension with at least three). Axis labels are the short keys; the figure's
// table gives the names.
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import type { ScorePoint } from "./chart-data";

export default function ScoreRadarChart({ points }: { points: ScorePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <RadarChart data={points} outerRadius="72%">
        <PolarGrid />
        <PolarAngleAxis dataKey="key" tick={{ fontSize: 11 }} />
        {/* The scale between the first two axes, so its numbers do not cover an axis label. */}
        <PolarRadiusAxis domain={[0, 100]} tickCount={6} tick={{ fontSize: 9 }} angle={90 - 180 / points.length} axisLine={false} />
        <Radar dataKey="value" stroke="#113a57" strokeWidth={2} fill="#1b5e8c" fillOpacity={0.35} dot isAnimationActive={false} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
