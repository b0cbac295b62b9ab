"use client";

// The draft answer of one question, shaped by its type: radios (single
// choice), check boxes (multiple), a number per sub-question, one number, or
// text. Under every option that needs evidence, where its support is and
// the evidence files linked to it. Only the save button sits in the <form>:
// the evidence panel has a form of its own (upload), and forms do not nest.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { FieldErrorList } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZSaveFuragAnswer } from "@/lib/furag/answers/answer-schemas";
import { ANSWER_KEY, isChoice, numberKeysOf, type FuragAnswerValue } from "@/lib/furag/answers/answer-value";
import { asksForDetail } from "@/lib/furag/answers/option-kinds";
import { formatDecimal, parseDecimal } from "@/lib/furag/answers/parse-decimal";
import { evidenceKeysRequired } from "@/lib/furag/evidence-status";
import type { FuragQuestionType } from "@/lib/generated/prisma/enums";
import { saveFuragAnswerAction } from "@/app/(app)/e/[entityId]/furag/actions";
import type { OptionEvidenceByKey } from "@/lib/furag/evidence/option-evidence";
import { ChoiceOptions } from "./choice-options";
import { NumberInputs } from "./number-inputs";
import { OptionEvidence } from "./option-evidence";
import { SupportInput } from "./support-input";

export type AnswerFormProps = {
  entityId: string;
  question: { id: string; code: string; modulePrefix: string; type: FuragQuestionType; options: string[] };
  value: FuragAnswerValue | null;
  version: number;
  notApplicable: boolean;
  notApplicableReason: string;
  /** The saved answer's linked evidence, and which keys it declares (only those may receive files). */
  evidence: { answerId: string | null; declared: string[]; byKey: OptionEvidenceByKey; canAttach: boolean };
};

export function AnswerForm(props: AnswerFormProps) {
  const { question } = props;
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(saveFuragAnswerAction);
  const [selected, setSelected] = useState<string[]>(props.value?.selected ?? []);
  const [numbers, setNumbers] = useState<Record<string, string>>(() =>
    Object.fromEntries(numberKeysOf(question).map((k) => [k, formatDecimal(props.value?.numbers[k])])),
  );
  const [text, setText] = useState(props.value?.text ?? "");
  const [supports, setSupports] = useState<Record<string, string>>(props.value?.supports ?? {});
  const [notApplicable, setNotApplicable] = useState(props.notApplicable);
  const [reason, setReason] = useState(props.notApplicableReason);
  const [saved, setSaved] = useState(false);
  const [numberErrors, setNumberErrors] = useState<Record<string, string[]>>({});

  const parsedNumbers = Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, parseDecimal(v)]));
  const draft: FuragAnswerValue = { selected, numbers: {}, text, supports: {} };
  for (const [k, n] of Object.entries(parsedNumbers)) if (n !== null && !Number.isNaN(n)) draft.numbers[k] = n;
  // Supports only for what needs them now: a support of an unselected option is dropped.
  const needed = evidenceKeysRequired(question, draft);
  for (const key of needed) if (supports[key]?.trim()) draft.supports[key] = supports[key].trim();
  const showDetail = question.type === "OPEN_TEXT" || question.type === "MATRIX" || selected.some(asksForDetail);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const bad = Object.entries(parsedNumbers).filter(([, n]) => n !== null && Number.isNaN(n));
    setNumberErrors(Object.fromEntries(bad.map(([k]) => [k, ["Escriba un número (use coma para decimales)."]])));
    if (bad.length > 0) return;
    const input = { entityId: props.entityId, questionId: question.id, baseVersion: props.version, value: draft, notApplicable, notApplicableReason: notApplicable ? reason : "" };
    run(ZSaveFuragAnswer, input, () => {
      setSaved(true);
      router.refresh();
    });
  }

  const { evidence } = props;
  const evidenceOf = (key: string) => (
    <OptionEvidence
      entityId={props.entityId}
      answerId={evidence.answerId}
      optionKey={key}
      linked={evidence.byKey[key] ?? []}
      declared={evidence.declared.includes(key)}
      canAttach={evidence.canAttach}
    />
  );
  const supportProps = { needed, supports, onSupport: (key: string, v: string) => setSupports((s) => ({ ...s, [key]: v })), evidenceOf };
  return (
    <div className="space-y-4">
      <fieldset disabled={notApplicable} className="space-y-3 disabled:opacity-50">
        <legend className="sr-only">Respuesta</legend>
        {isChoice(question.type) && (
          <ChoiceOptions name={`q-${question.code}`} single={question.type === "SINGLE_CHOICE"} options={question.options} selected={selected} onChange={setSelected} {...supportProps} />
        )}
        {numberKeysOf(question).length > 0 && (
          <NumberInputs keys={numberKeysOf(question)} values={numbers} errors={numberErrors} onChange={(k, v) => setNumbers((n) => ({ ...n, [k]: v }))} {...supportProps} />
        )}
        {showDetail && (
          <label className="block text-sm font-medium text-slate-700">
            {question.type === "OPEN_TEXT" || question.type === "MATRIX" ? "Respuesta" : "Detalle o explicación que pide la opción"}
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} maxLength={4000} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
          </label>
        )}
        {(question.type === "OPEN_TEXT" || question.type === "MATRIX") && (
          <div>
            <SupportInput label="Soporte de la respuesta (opcional)" value={supports[ANSWER_KEY] ?? ""} onChange={(v) => setSupports((s) => ({ ...s, [ANSWER_KEY]: v }))} />
            {text.trim() && evidenceOf(ANSWER_KEY)}
          </div>
        )}
        <FieldErrorList errors={[...(fieldErrors["value.selected"] ?? []), ...(fieldErrors["value.numbers"] ?? []), ...(fieldErrors["value.text"] ?? [])]} />
      </fieldset>
      <div className="rounded-md border border-slate-200 p-3">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" checked={notApplicable} onChange={(e) => setNotApplicable(e.target.checked)} className="h-4 w-4" />
          No aplica a la entidad
        </label>
        {notApplicable && (
          <label className="mt-2 block text-sm text-slate-700">
            Razón
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={1000} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" aria-invalid={fieldErrors.notApplicableReason ? true : undefined} />
            <FieldErrorList errors={fieldErrors.notApplicableReason} />
          </label>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
        {saved && !pending && <FormAlert kind="success">Respuesta guardada.</FormAlert>}
        <button type="submit" disabled={pending} className="w-full rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60 sm:w-auto">
          {pending ? "Guardando…" : "Guardar respuesta"}
        </button>
      </form>
    </div>
  );
}
