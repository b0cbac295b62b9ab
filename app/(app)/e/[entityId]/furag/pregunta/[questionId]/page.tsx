import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerForm } from "@/components/furag/answer-form";
import { AnswerStateBadge } from "@/components/furag/answer-state-badge";
import { AnswerSummary } from "@/components/furag/answer-summary";
import { AssignForm } from "@/components/furag/assign-form";
import { CommentForm } from "@/components/furag/comment-form";
import { LinkedList } from "@/components/furag/option-evidence";
import { ReviewForm } from "@/components/furag/review-form";
import { WarningList } from "@/components/furag/warning-list";
import { requirePagePermission } from "@/lib/authz/page-context";
import { NotFoundError } from "@/lib/errors/app-error";
import { formatDateTime } from "@/lib/format/dates";
import { evidenceKeysDeclared } from "@/lib/furag/evidence-status";
import { FURAG_QUESTION_TYPE_LABELS } from "@/lib/furag/import/furag-question-schema";
import { loadQuestionPage } from "@/lib/furag/workspace/load-question-page";

export const metadata: Metadata = { title: "FURAG: pregunta" };

type Props = { params: Promise<{ entityId: string; questionId: string }> };

async function load(...args: Parameters<typeof loadQuestionPage>) {
  try {
    return await loadQuestionPage(...args);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function FuragQuestionPage({ params }: Props) {
  const { entityId, questionId } = await params;
  const ctx = await requirePagePermission(entityId, "furag.view");
  const page = await load(ctx, questionId);
  const { question, answer, evidence, linkedEvidence } = page.item;
  const declared = answer && !answer.notApplicable ? evidenceKeysDeclared(question, answer.value) : [];
  // Files linked to an option later unticked: kept (their review history too), shown apart, not counted.
  const stale = Object.entries(linkedEvidence).filter(([key]) => !declared.includes(key));
  const base = `/e/${entityId}/furag`;
  const card = "rounded-lg border border-slate-200 bg-white p-4";
  return (
    <div className="space-y-4">
      <nav aria-label="Ruta" className="text-sm text-slate-600">
        <Link href={`${base}?vigencia=${page.vigencia}&modulo=${question.modulePrefix}`} className="text-faro-700 hover:underline">
          FURAG {page.vigencia} · {question.modulePrefix}
        </Link>{" "}
        / {question.code}
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span className="font-mono font-semibold text-faro-800">{question.code}</span>
          <span>{FURAG_QUESTION_TYPE_LABELS[question.type]}</span>
          <span>· {question.policyCode ?? "Sin política"}</span>
          <AnswerStateBadge state={answer?.state ?? "SIN_RESPONDER"} />
        </div>
        <h1 className="text-lg font-semibold text-slate-900 sm:text-xl">{question.text}</h1>
        <p className="text-sm text-slate-600">
          {page.topic}
          {answer && ` · Última modificación ${formatDateTime(answer.updatedAt)}`}
        </p>
      </header>
      <WarningList warnings={page.warnings} entityId={entityId} questionIds={page.questionIds} />
      {question.type === "MATRIX" && (
        <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          Pregunta matricial: el banco de preguntas trae {question.options.length} celdas sin los rótulos de sus filas ({[...new Set(question.options)].join("; ")}).
          Escriba la respuesta como la pide el formulario oficial.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="respuesta" className={card}>
          <h2 id="respuesta" className="mb-3 font-semibold text-faro-900">
            Respuesta preparada
          </h2>
          {page.may.answer ? (
            <AnswerForm
              entityId={entityId}
              question={question}
              value={answer?.value ?? null}
              version={answer?.version ?? 0}
              notApplicable={answer?.notApplicable ?? false}
              notApplicableReason={answer?.notApplicableReason ?? ""}
              evidence={{ answerId: answer?.id ?? null, declared, byKey: linkedEvidence, canAttach: page.may.attachEvidence }}
            />
          ) : (
            <AnswerSummary entityId={entityId} item={page.item} />
          )}
          {evidence.required.length > 0 && (
            <p className="mt-3 text-xs text-slate-600">
              Evidencia: {evidence.supported.length} de {evidence.required.length} opciones declaradas tienen soporte (una referencia escrita o un archivo vinculado
              que no esté rechazado ni vencido).
            </p>
          )}
          {stale.length > 0 && (
            <div className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-2 text-xs text-amber-950">
              <p className="font-medium">Evidencias vinculadas a opciones que ya no están elegidas (no cuentan):</p>
              {stale.map(([key, linked]) => (
                <div key={key} className="mt-1">
                  <p className="break-words">«{key}»</p>
                  <LinkedList entityId={entityId} linked={linked} />
                </div>
              ))}
            </div>
          )}
        </section>
        <aside className="space-y-4">
          <section aria-labelledby="responsable-titulo" className={card}>
            <h2 id="responsable-titulo" className="mb-2 font-semibold text-faro-900">
              Responsable
            </h2>
            {page.may.answer ? (
              <AssignForm entityId={entityId} questionId={question.id} current={answer?.responsible?.id ?? ""} members={page.members} />
            ) : (
              <p className="text-sm text-slate-700">{answer?.responsible?.name ?? "Sin asignar"}</p>
            )}
          </section>
          {page.may.review && answer && answer.state !== "SIN_RESPONDER" && (
            <section aria-labelledby="revision" className={card}>
              <h2 id="revision" className="mb-2 font-semibold text-faro-900">
                Revisión de control interno
              </h2>
              <ReviewForm entityId={entityId} questionId={question.id} />
            </section>
          )}
          <section aria-labelledby="comentarios" className={card}>
            <h2 id="comentarios" className="mb-2 font-semibold text-faro-900">
              Comentarios
            </h2>
            {page.comments.length === 0 ? (
              <p className="text-sm text-slate-500">Sin comentarios.</p>
            ) : (
              <ol className="mb-3 space-y-2">
                {page.comments.map((c) => (
                  <li key={c.id} className="rounded-md bg-slate-50 p-2 text-sm">
                    <p className="whitespace-pre-wrap break-words text-slate-900">{c.body}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      {c.authorName} · {formatDateTime(c.createdAt)}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {page.may.comment && <CommentForm entityId={entityId} questionId={question.id} />}
          </section>
        </aside>
      </div>
      <nav aria-label="Preguntas del módulo" className="flex justify-between gap-2 text-sm">
        {page.previousQuestion ? <Link href={`${base}/pregunta/${page.previousQuestion.id}`} className="text-faro-700 underline">← {page.previousQuestion.code}</Link> : <span />}
        {page.nextQuestion ? <Link href={`${base}/pregunta/${page.nextQuestion.id}`} className="text-faro-700 underline">{page.nextQuestion.code} →</Link> : <span />}
      </nav>
    </div>
  );
}
