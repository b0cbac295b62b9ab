// Consistency warnings, each with its explanation and a link to the question(s).
import Link from "next/link";
import { CONSISTENCY_RULE_LABELS, type ConsistencyWarning } from "@/lib/furag/consistency/types";

type Props = { warnings: ConsistencyWarning[]; entityId: string; questionIds?: Map<string, string>; showCode?: boolean; showRule?: boolean };

export function WarningList({ warnings, entityId, questionIds, showCode = false, showRule = true }: Props) {
  if (warnings.length === 0) return null;
  const link = (code: string) => {
    const id = questionIds?.get(code);
    return id ? (
      <Link href={`/e/${entityId}/furag/pregunta/${id}`} className="font-mono font-semibold text-faro-700 underline">
        {code}
      </Link>
    ) : (
      <span className="font-mono font-semibold">{code}</span>
    );
  };
  return (
    <ul aria-label="Alertas de consistencia" className="space-y-2">
      {warnings.map((w, i) => (
        <li key={`${w.questionCode}-${w.rule}-${i}`} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-semibold">
            {showCode && link(w.questionCode)}
            {showCode && showRule && " · "}
            {showRule && CONSISTENCY_RULE_LABELS[w.rule]}
            {w.relatedCode && <> · relacionada con {link(w.relatedCode)}</>}
          </p>
          <p>{w.message}</p>
        </li>
      ))}
    </ul>
  );
}
