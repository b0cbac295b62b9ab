// Who may do what inside an entity: ONE table, role -> actions, checked by ONE
// function (can). Pages hide what a role cannot do by asking the same
// function, and every server entry point refuses it regardless.
import type { MemberRole } from "@/lib/generated/prisma/enums";

export const ACTIONS = [
  "entity.view", // see the entity's pages at all
  "entity.settings.update", // name, codes, advisor sharing, catalog version per vigencia
  "members.view",
  "members.manage", // invite, change roles, assign policies, remove
  "audit.view",
  "catalog.view",
  "autodiagnostico.view",
  "autodiagnostico.edit", // scores and observations (RESPONSABLE: only assigned policies)
  "autodiagnostico.submit", // borrador -> en revisión
  "autodiagnostico.approve", // en revisión -> aprobado
  "autodiagnostico.reopen",
  "evidence.view",
  "evidence.upload",
  "evidence.review", // control interno review states
  "finding.create",
  "finding.answer",
  "finding.close",
  "plan.view",
  "plan.edit",
  "plan.approve",
  "furag.view",
  "furag.answer",
  "furag.review",
  "furag.comment", // comment on a FURAG answer (those who answer and those who review)
  "results.import",
  "dashboard.view",
  "committee.manage",
  "advisory.request", // ask the departmental advisor for assistance on a policy
] as const;

export type Action = (typeof ACTIONS)[number];

const READ: Action[] = [
  "entity.view",
  "members.view",
  "catalog.view",
  "autodiagnostico.view",
  "evidence.view",
  "plan.view",
  "furag.view",
  "dashboard.view",
];

export const ROLE_PERMISSIONS: Record<MemberRole, readonly Action[]> = {
  ADMIN: [...READ, "entity.settings.update", "members.manage", "audit.view", "advisory.request"],
  PLANEACION: [
    ...READ,
    "autodiagnostico.edit",
    "autodiagnostico.submit",
    "evidence.upload",
    "finding.answer",
    "plan.edit",
    "furag.answer",
    "furag.comment",
    "results.import",
    "committee.manage",
    "advisory.request",
  ],
  RESPONSABLE: [...READ, "autodiagnostico.edit", "autodiagnostico.submit", "evidence.upload", "finding.answer", "plan.edit", "furag.answer", "furag.comment"],
  COMITE: [...READ, "autodiagnostico.approve", "autodiagnostico.reopen", "plan.approve", "committee.manage"],
  CONTROL_INTERNO: [...READ, "audit.view", "evidence.review", "finding.create", "finding.close", "furag.review", "furag.comment"],
  LECTOR: READ,
};

/** Actions a RESPONSABLE may take only on the policies assigned to them. */
export const POLICY_SCOPED_ACTIONS: ReadonlySet<Action> = new Set(["autodiagnostico.edit", "autodiagnostico.submit", "furag.answer"]);

export function can(role: MemberRole, action: Action): boolean {
  return ROLE_PERMISSIONS[role].includes(action);
}
