import type { Metadata } from "next";
import { SessionForm } from "@/components/committee/session-form";
import { requirePagePermission } from "@/lib/authz/page-context";
import { loadSessionMembers } from "@/lib/committee/load-session-options";
import { todayInBogota } from "@/lib/committee/session-dates";

export const metadata: Metadata = { title: "Registrar una sesión del comité" };

export default async function NewCommitteeSessionPage({ params }: { params: Promise<{ entityId: string }> }) {
  const { entityId } = await params;
  const ctx = await requirePagePermission(entityId, "committee.manage");
  const members = await loadSessionMembers(ctx);
  const today = todayInBogota();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold text-faro-900">Registrar una sesión del comité</h1>
      <p className="text-slate-600">Después de guardarla podrá agregar las decisiones, los compromisos y las aprobaciones, y descargar el acta.</p>
      <SessionForm entityId={entityId} members={members} initial={{ heldOn: today, place: "", agenda: [], memberIds: [ctx.userId], guests: [] }} />
    </div>
  );
}
