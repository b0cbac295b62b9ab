// What the client charts receive: plain, serialisable points with the label
// already written (score with decimal comma and level), so the client bundle
// needs no scoring code.
export type ScorePoint = {
  /** Short axis label: "POL03" or "D1". */
  key: string;
  name: string;
  /** 0 when blank, so the axis keeps its place; `label` says "Sin puntaje". */
  value: number;
  label: string;
  color: string;
  href?: string;
};
