// One line per question: code, text, state, responsible, evidence and warnings.
import Link from "next/link";
import type { FuragItem } from "@/lib/furag/workspace/load-furag-items";
import { AnswerStateBadge } from "./answer-state-badge";

export function QuestionList({ entityId, items, warningCount }: { entityId: string; items: FuragItem[]; warningCount: Map<string, number> }) {
  if (items.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-600">Ninguna pregunta cumple los filtros.</p>;
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
      {items.map(({ question, answer, evidence }) => {
        const warnings = warningCount.get(question.code) ?? 0;
        return (
          <li key={question.id}>
            <Link href={`/e/${entityId}/furag/pregunta/${question.id}`} className="grid gap-1.5 p-3 hover:bg-faro-50 sm:grid-cols-[6rem_1fr_auto] sm:gap-4">
              <span className="font-mono text-sm font-semibold text-faro-800">
                {question.code}
                <span className="block font-sans text-xs font-normal text-slate-500">{question.policyCode ?? "Sin política"}</span>
              </span>
              <span className="min-w-0">
                <span className="line-clamp-2 text-slate-900">{question.text}</span>
                <span className="mt-0.5 block text-xs text-slate-600">
                  {answer?.responsible ? `Responsable: ${answer.responsible.name}` : "Sin responsable"}
                  {evidence.required.length > 0 && ` · Evidencia ${evidence.supported.length}/${evidence.required.length}`}
                  {answer && answer.commentCount > 0 && ` · ${answer.commentCount} comentario${answer.commentCount === 1 ? "" : "s"}`}
                </span>
              </span>
              <span className="flex flex-wrap items-start gap-1.5 sm:flex-col sm:items-end">
                <AnswerStateBadge state={answer?.state ?? "SIN_RESPONDER"} />
                {warnings > 0 && (
                  <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                    {warnings} alerta{warnings === 1 ? "" : "s"}
                  </span>
                )}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
