"use client";
// The official IDI across vigencias beside the grupo par median: a solid line
// with round dots against a dashed line with squares, named in the legend, so
// the two differ without colour. The figure's summary and table carry the data.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

/** The median's marker: a square, where the entity's line has circles. */
function SquareDot({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined) return null;
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill="#fff" stroke="#b45309" strokeWidth={2} />;
}

export type OfficialTrendPoint = { vigencia: number; idi: number | null; median: number | null };

export default function OfficialTrendLineChart({ points }: { points: OfficialTrendPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
        <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
        <XAxis dataKey="vigencia" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line name="IDI oficial de la entidad" dataKey="idi" stroke="#113a57" strokeWidth={2.5} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
        <Line
          name="Mediana del grupo par"
          dataKey="median"
          stroke="#b45309"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={(props: { cx?: number; cy?: number; index?: number }) => <SquareDot key={props.index} cx={props.cx} cy={props.cy} />}
          legendType="square"
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
