"use client";

// Date, place, agenda (one item per line) and attendees of a committee
// session: members ticked from the entity's list, guests typed in rows.
import { createCommitteeSessionAction, updateCommitteeSessionAction } from "@/app/(app)/e/[entityId]/comite/actions";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { inputClass, primaryButton, ProblemAlert, secondaryButton } from "@/components/forms/form-parts";
import { FieldErrorList, LabeledInput } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZCommitteeSession, ZUpdateCommitteeSession } from "@/lib/committee/schemas";

type Member = { userId: string; name: string; role: string };
type Guest = { name: string; position: string };
export type SessionFormValues = { heldOn: string; place: string; agenda: string[]; memberIds: string[]; guests: Guest[] };

type Props = { entityId: string; sessionId?: string; members: Member[]; initial: SessionFormValues };

const errorsUnder = (errors: Record<string, string[]>, prefix: string) =>
  Object.entries(errors)
    .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
    .flatMap(([, messages]) => messages);

export function SessionForm({ entityId, sessionId, members, initial }: Props) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(sessionId ? updateCommitteeSessionAction : createCommitteeSessionAction);
  const [heldOn, setHeldOn] = useState(initial.heldOn);
  const [place, setPlace] = useState(initial.place);
  const [agendaText, setAgendaText] = useState(initial.agenda.join("\n"));
  const [memberIds, setMemberIds] = useState<string[]>(initial.memberIds);
  const [guests, setGuests] = useState<Guest[]>(initial.guests);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const agenda = agendaText.split("\n").map((line) => line.trim()).filter(Boolean);
    const input = { entityId, heldOn, place, agenda, memberIds, guests: guests.filter((g) => g.name.trim() || g.position.trim()) };
    if (sessionId) run(ZUpdateCommitteeSession, { ...input, sessionId }, () => router.push(`/e/${entityId}/comite/${sessionId}`));
    else run(ZCommitteeSession, input, (created) => router.push(`/e/${entityId}/comite/${created.id}`));
  }

  const toggle = (userId: string) => setMemberIds((ids) => (ids.includes(userId) ? ids.filter((id) => id !== userId) : [...ids, userId]));
  const setGuest = (index: number, patch: Partial<Guest>) => setGuests((list) => list.map((g, i) => (i === index ? { ...g, ...patch } : g)));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <LabeledInput id="heldOn" label="Fecha de la sesión" type="date" required value={heldOn} onChange={(e) => setHeldOn(e.target.value)} errors={fieldErrors.heldOn} />
        <LabeledInput id="place" label="Lugar (opcional)" value={place} onChange={(e) => setPlace(e.target.value)} errors={fieldErrors.place} />
      </div>
      <div>
        <label htmlFor="agenda" className="block text-sm font-medium text-slate-700">
          Orden del día
        </label>
        <textarea
          id="agenda"
          rows={5}
          value={agendaText}
          onChange={(e) => setAgendaText(e.target.value)}
          aria-describedby="agenda-ayuda"
          aria-invalid={errorsUnder(fieldErrors, "agenda").length ? true : undefined}
          className={inputClass}
        />
        <p id="agenda-ayuda" className="mt-1 text-sm text-slate-500">
          Un punto por línea, en el orden en que se trataron.
        </p>
        <FieldErrorList errors={errorsUnder(fieldErrors, "agenda")} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Miembros de la entidad que asistieron</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {members.map((m) => (
            <label key={m.userId} className="flex items-start gap-2 rounded p-1 text-sm hover:bg-faro-50">
              <input type="checkbox" className="mt-1 h-4 w-4" checked={memberIds.includes(m.userId)} onChange={() => toggle(m.userId)} />
              <span>
                {m.name} <span className="text-slate-500">({m.role})</span>
              </span>
            </label>
          ))}
        </div>
        <FieldErrorList errors={errorsUnder(fieldErrors, "memberIds")} />
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Invitados externos</legend>
        {guests.map((guest, index) => (
          <div key={index} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
            <LabeledInput id={`guest-${index}-name`} label="Nombre" value={guest.name} onChange={(e) => setGuest(index, { name: e.target.value })} errors={fieldErrors[`guests.${index}.name`]} />
            <LabeledInput id={`guest-${index}-position`} label="Cargo u organización" value={guest.position} onChange={(e) => setGuest(index, { position: e.target.value })} errors={fieldErrors[`guests.${index}.position`]} />
            <button type="button" className={secondaryButton} onClick={() => setGuests((list) => list.filter((_, i) => i !== index))}>
              Quitar
            </button>
          </div>
        ))}
        <button type="button" className={secondaryButton} onClick={() => setGuests((list) => [...list, { name: "", position: "" }])}>
          Agregar invitado
        </button>
      </fieldset>
      <ProblemAlert problem={problem} shownFields={Object.keys(fieldErrors).filter((k) => /^(heldOn|place|agenda|memberIds|guests)/.test(k))} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Guardando…" : sessionId ? "Guardar cambios" : "Registrar la sesión"}
      </button>
    </form>
  );
}
