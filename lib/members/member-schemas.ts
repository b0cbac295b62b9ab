// Inputs of the member management page. The same schemas validate the forms
// in the browser and the server actions (which never trust the browser).
import { z } from "zod";
import { MemberRole } from "@/lib/generated/prisma/enums";
import { POLICY_CODES } from "./policy-names";

/** A strict object (unknown keys refused) whose own errors are in Spanish too. */
export function strictInput<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `Campos no permitidos: ${issue.keys.join(", ")}.` : "Los datos enviados no tienen la forma esperada.",
  });
}

export const ZPersonEmail = z
  .string({ error: "Escriba el correo electrónico." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Escriba el correo electrónico.", abort: true })
  .max(254, { error: "El correo es demasiado largo." })
  .pipe(z.email({ error: "Escriba un correo electrónico válido, como nombre@entidad.gov.co." }));

export const ZPersonName = z
  .string({ error: "Escriba el nombre completo." })
  .trim()
  .min(3, { error: "Escriba el nombre completo (al menos 3 letras)." })
  .max(120, { error: "El nombre es demasiado largo (máximo 120 caracteres)." });

const ZRole = z.enum(MemberRole, { error: "Elija un rol de la lista." });

const ZPolicyCodes = z
  .array(z.enum(POLICY_CODES, { error: "Política desconocida." }), { error: "Elija las políticas de la lista." })
  .max(POLICY_CODES.length)
  .transform((codes) => [...new Set(codes)].sort());

const ZMembershipId = z.uuid({ error: "Miembro no válido." });

const onlyResponsableHasPolicies = (input: { role: MemberRole; policyCodes: string[] }, ctx: z.RefinementCtx) => {
  if (input.role !== "RESPONSABLE" && input.policyCodes.length > 0) {
    ctx.addIssue({ code: "custom", path: ["policyCodes"], message: "Solo un responsable de política tiene políticas asignadas." });
  }
};

export const ZInviteMember = strictInput({
  entityId: z.string(),
  email: ZPersonEmail,
  name: ZPersonName,
  role: ZRole,
  policyCodes: ZPolicyCodes.default([]),
}).superRefine(onlyResponsableHasPolicies);

export const ZChangeMemberRole = strictInput({ entityId: z.string(), membershipId: ZMembershipId, role: ZRole });

export const ZSetMemberPolicies = strictInput({ entityId: z.string(), membershipId: ZMembershipId, policyCodes: ZPolicyCodes });

/** Remove a member, renew their invitation or issue them a password-reset link. */
export const ZMemberRef = strictInput({ entityId: z.string(), membershipId: ZMembershipId });

export type InviteMemberInput = z.infer<typeof ZInviteMember>;
export type ChangeMemberRoleInput = z.infer<typeof ZChangeMemberRole>;
export type SetMemberPoliciesInput = z.infer<typeof ZSetMemberPolicies>;
export type MemberRefInput = z.infer<typeof ZMemberRef>;
