// A departmental advisor (ASESOR) follows the entities of a department. The
// operator names them by e-mail; a new person gets an invitation link.
import { withSystem } from "@/lib/db/context";
import { ConflictError } from "@/lib/errors/app-error";
import { findOrCreatePerson } from "@/lib/invitations/find-or-create-person";
import { issueInvitationLink, mailInvitation, type SentInvitation } from "@/lib/invitations/issue-invitation";
import { departmentName } from "./dane-departments";
import type { AssignAdvisorInput } from "./platform-schemas";

export type AssignedAdvisor = {
  advisor: { name: string; email: string; existingAccount: boolean };
  departmentName: string;
  invitation: SentInvitation | null;
};

/** What the invitation says the person is invited to. */
export function advisoryPlaceName(department: string): string {
  return `Asesoría MIPG del departamento de ${department}`;
}

export async function assignAdvisor(operatorId: string, input: AssignAdvisorInput, now = new Date()): Promise<AssignedAdvisor> {
  const department = departmentName(input.departmentCode) ?? input.departmentCode;
  const { person, link } = await withSystem(operatorId, async (db) => {
    const person = await findOrCreatePerson(db, { email: input.email, name: input.name });
    const already = await db.advisorTerritory.findUnique({
      where: { userId_departmentCode: { userId: person.id, departmentCode: input.departmentCode } },
      select: { id: true },
    });
    if (already) throw new ConflictError(`${person.name} ya es asesor del departamento de ${department}.`);
    await db.advisorTerritory.create({ data: { userId: person.id, departmentCode: input.departmentCode } });
    const link = person.hasPassword ? null : await issueInvitationLink(db, { userId: person.id, entityId: null, createdById: operatorId }, now);
    return { person, link };
  });
  return {
    advisor: { name: person.name, email: person.email, existingAccount: !person.isNew },
    departmentName: department,
    invitation: link ? { ...link, emailed: await mailInvitation(link, person, advisoryPlaceName(department)) } : null,
  };
}
