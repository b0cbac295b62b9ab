// What the entity declares needs support: an auditor asks for it. The
// evidence status (which keys need it, which have it) comes from the one
// function in evidence-status.ts.
import { ANSWER_KEY } from "../answers/answer-value";
import type { EvidenceStatus } from "../evidence-status";
import type { CheckedQuestion, ConsistencyWarning } from "./types";

export function checkMissingEvidence(question: CheckedQuestion, status: EvidenceStatus): ConsistencyWarning[] {
  return status.missing.map((key) => ({
    rule: "MISSING_EVIDENCE" as const,
    questionCode: question.code,
    message:
      key === ANSWER_KEY
        ? "La respuesta declara un valor mayor que cero y no indica su soporte (documento, acta o enlace)."
        : `La opción «${key}» requiere evidencia y no tiene soporte.`,
  }));
}
