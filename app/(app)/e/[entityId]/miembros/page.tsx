import type { Metadata } from "next";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MemberList } from "@/components/members/member-list";
import { hasPermission } from "@/lib/authz/entity-context";
import { requirePagePermission } from "@/lib/authz/page-context";
import { listMembers } from "@/lib/members/list-members";

export const metadata: Metadata = { title: "Miembros" };

export default async function MembersPage({ params }: { params: Promise<{ entityId: string }> }) {
  const ctx = await requirePagePermission((await params).entityId, "members.view");
  const members = await listMembers(ctx);
  const canManage = hasPermission(ctx, "members.manage");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-faro-900">Miembros</h1>
        <p className="text-slate-600">
          Las personas que trabajan en {ctx.entity.name} con Faro, su rol y las políticas a cargo de cada responsable.
          {canManage ? "" : " Solo el administrador de la entidad puede invitar personas o cambiar roles."}
        </p>
      </div>
      {canManage && <InviteMemberForm entityId={ctx.entityId} entityName={ctx.entity.name} />}
      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-lg font-semibold text-faro-900">
          {members.length === 1 ? "1 miembro" : `${members.length} miembros`}
        </h2>
        <MemberList entityId={ctx.entityId} members={members} currentUserId={ctx.userId} canManage={canManage} />
      </section>
    </div>
  );
}
