"use client";

// Tablas 7-8: who attended a training, entity by entity, and how many people.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { recordAttendanceAction } from "@/app/(app)/asesoria/[departmentCode]/capacitaciones/actions";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { FormAlert } from "@/components/forms/form-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZRecordAttendance } from "@/lib/advisor/training/training-schemas";

type Invitee = { sigepCode: string; entityName: string; attended: boolean | null; attendeeCount: number | null };

export function AttendanceForm({ departmentCode, offerId, invitees }: { departmentCode: string; offerId: string; invitees: Invitee[] }) {
  const router = useRouter();
  const { pending, problem, run } = useServerAction(recordAttendanceAction);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const attendance = invitees.map((i) => {
      const attended = data.get(`attended-${i.sigepCode}`) === "on";
      const count = String(data.get(`count-${i.sigepCode}`) ?? "").trim();
      return { sigepCode: i.sigepCode, attended, attendeeCount: attended && count !== "" ? Number(count) : null };
    });
    setSaved(false);
    run(ZRecordAttendance, { departmentCode, offerId, attendance }, () => {
      setSaved(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {invitees.map((i) => (
          <li key={i.sigepCode} className="flex flex-wrap items-center gap-3 p-3">
            <label className="flex min-w-[12rem] flex-1 items-center gap-2">
              <input type="checkbox" name={`attended-${i.sigepCode}`} defaultChecked={i.attended ?? false} />
              <span>
                {i.entityName}
                <span className="block text-xs text-slate-500">
                  {i.attended === null ? "Asistencia sin registrar" : i.attended ? `Asistió (${i.attendeeCount ?? "?"} personas)` : "No asistió"}
                </span>
              </span>
            </label>
            <label className="text-sm text-slate-700">
              Personas
              <input
                type="number"
                min={0}
                max={500}
                inputMode="numeric"
                name={`count-${i.sigepCode}`}
                defaultValue={i.attendeeCount ?? ""}
                className="ml-2 w-20 rounded-md border border-slate-300 px-2 py-1"
              />
            </label>
          </li>
        ))}
      </ul>
      <ProblemAlert problem={problem} />
      {saved && <FormAlert kind="success">Asistencia guardada.</FormAlert>}
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Guardando…" : "Guardar asistencia"}
      </button>
    </form>
  );
}
