// A read-only answer, for those who may see but not answer (and for review),
// with the evidence linked to each option.
import { answerLines } from "@/lib/furag/export/answer-lines";
import { LinkedList } from "./option-evidence";
import { isChoice } from "@/lib/furag/answers/answer-value";
import type { FuragItem } from "@/lib/furag/workspace/load-furag-items";

export function AnswerSummary({ entityId, item }: { entityId: string; item: FuragItem }) {
  if (!item.answer || item.answer.state === "SIN_RESPONDER") return <p className="text-sm text-slate-600">Aún sin respuesta.</p>;
  const choice = isChoice(item.question.type) && !item.answer.notApplicable;
  const lines = answerLines(item).filter((line) => !choice || line.answer !== "");
  return (
    <dl className="space-y-2 text-sm">
      {lines.map((line, i) => {
        const asOption = choice && line.answer === "X";
        return (
        <div key={i}>
          <dt className="text-slate-600">{asOption ? "Elegida" : line.label}</dt>
          <dd className="font-medium text-slate-900">{asOption ? line.label : line.answer}</dd>
          {line.support && <dd className="text-xs text-slate-600">Soporte: {line.support}</dd>}
          {line.key !== null && (item.linkedEvidence[line.key]?.length ?? 0) > 0 && (
            <dd className="text-xs">
              <LinkedList entityId={entityId} linked={item.linkedEvidence[line.key]!} />
            </dd>
          )}
        </div>
        );
      })}
    </dl>
  );
}
