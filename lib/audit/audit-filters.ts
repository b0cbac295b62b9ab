// Filters of the audit trail page, read from the URL (a GET form, so it works
// without JavaScript and a filtered view can be bookmarked or shared).
import { z } from "zod";

export const AUDITED_TABLES: Record<string, string> = {
  entities: "Datos de la entidad",
  memberships: "Miembros y roles",
  policy_assignments: "Políticas asignadas",
  entity_catalog_versions: "Versión del catálogo por vigencia",
  self_assessments: "Autodiagnósticos",
  activity_responses: "Puntajes y observaciones",
  assessment_transitions: "Envíos, aprobaciones y reaperturas",
  instruments: "Instrumentos importados",
  committee_sessions: "Sesiones del comité",
  committee_attendees: "Asistentes a sesiones del comité",
  committee_decisions: "Decisiones del comité",
  committee_commitments: "Compromisos del comité",
  committee_approvals: "Aprobaciones registradas en sesiones del comité",
  advisory_requests: "Solicitudes de asesoría",
  advisory_sessions: "Sesiones de asesoría",
};

export const AUDIT_ACTION_LABELS = { CREATE: "Creación", UPDATE: "Modificación", DELETE: "Eliminación" } as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === undefined ? undefined : v), schema.optional());

export const ZAuditFilters = z.object({
  desde: optional(isoDate),
  hasta: optional(isoDate),
  registro: optional(z.enum(Object.keys(AUDITED_TABLES) as [string, ...string[]])),
  accion: optional(z.enum(["CREATE", "UPDATE", "DELETE"])),
  persona: optional(z.uuid()),
  /** Keyset pagination: show entries older than this id. */
  antes: optional(z.string().regex(/^\d{1,18}$/)),
});

export type AuditFilters = z.infer<typeof ZAuditFilters>;

/** Unknown or malformed parameters are ignored rather than failing the page. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const result: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ZAuditFilters.shape)) {
    const parsed = schema.safeParse(flat[key]);
    if (parsed.success && parsed.data !== undefined) result[key] = parsed.data;
  }
  return result as AuditFilters;
}
