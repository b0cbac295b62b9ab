import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionForm } from "@/components/committee/session-form";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadCommitteeSession } from "@/lib/committee/load-session";
import { loadSessionMembers } from "@/lib/committee/load-session-options";
import { formatCalendarDate, isoDateOf } from "@/lib/committee/session-dates";
import { NotFoundError } from "@/lib/errors/app-error";

export const metadata: Metadata = { title: "Editar la sesión del comité" };

type Props = { params: Promise<{ entityId: string; sessionId: string }> };

export default async function EditCommitteeSessionPage({ params }: Props) {
  const { entityId, sessionId } = await params;
  const ctx = await requirePagePermission(entityId, "committee.manage");
  const session = await loadCommitteeSession(ctx, sessionId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const members = await loadSessionMembers(ctx);
  const memberIds = session.attendees.flatMap((a) => (a.userId ? [a.userId] : []));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold text-faro-900">Editar la sesión del {formatCalendarDate(session.heldOn)}</h1>
      <SessionForm
        entityId={entityId}
        sessionId={session.id}
        members={members}
        initial={{
          heldOn: isoDateOf(session.heldOn),
          place: session.place ?? "",
          agenda: session.agenda,
          memberIds,
          guests: session.attendees.filter((a) => !a.userId).map((a) => ({ name: a.name, position: a.position ?? "" })),
        }}
      />
    </div>
  );
}
