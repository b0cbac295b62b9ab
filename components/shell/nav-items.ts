// The main navigation. Entity pages live under /e/<entityId>/; an item shows
// only when the person's role there allows its action (the same permission
// table the server enforces). Each feature adds its entry when its pages land.
import { can, type Action } from "@/lib/authz/permissions";
import type { MemberRole } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: string };

type EntityItem = { path: string; label: string; requires: Action };

export const ENTITY_NAV: EntityItem[] = [
  { path: "", label: "Resumen", requires: "entity.view" },
  { path: "/tablero", label: "Tablero", requires: "dashboard.view" },
  { path: "/comite", label: "Comité", requires: "dashboard.view" },
  { path: "/autodiagnosticos", label: "Autodiagnósticos", requires: "autodiagnostico.view" },
  { path: "/resultados", label: "Resultados FURAG", requires: "dashboard.view" },
  { path: "/furag", label: "FURAG", requires: "furag.view" },
  { path: "/evidencias", label: "Evidencias", requires: "evidence.view" },
  { path: "/evidencias/cola", label: "Cola de revisión", requires: "evidence.review" },
  { path: "/hallazgos", label: "Hallazgos", requires: "evidence.view" },
  { path: "/planes", label: "Planes de acción", requires: "plan.view" },
  { path: "/mis-tareas", label: "Mis tareas", requires: "plan.edit" },
  { path: "/asesoria", label: "Asesoría", requires: "entity.view" },
  { path: "/miembros", label: "Miembros", requires: "members.view" },
  { path: "/auditoria", label: "Auditoría", requires: "audit.view" },
  { path: "/configuracion", label: "Configuración", requires: "entity.settings.update" },
];

export function navItemsFor(options: { entityId: string | null; role: MemberRole | null; isSuperadmin: boolean; isAdvisor?: boolean }): NavItem[] {
  const items: NavItem[] = [];
  if (options.entityId && options.role) {
    for (const item of ENTITY_NAV) {
      if (can(options.role, item.requires)) items.push({ href: `/e/${options.entityId}${item.path}`, label: item.label });
    }
  } else {
    items.push({ href: "/", label: "Inicio" });
  }
  // Departmental advisors (ASESOR) are not members: their workspace is by department.
  if (options.isAdvisor) items.push({ href: "/asesoria", label: "Asesoría departamental" });
  items.push({ href: "/catalogo", label: "Catálogo MIPG" });
  if (options.isSuperadmin) items.push({ href: "/plataforma", label: "Plataforma" });
  return items;
}

/** The entity id of an entity page's path, if any. */
export function entityIdFromPath(pathname: string): string | null {
  return /^\/e\/([0-9a-f-]{36})(?:\/|$)/i.exec(pathname)?.[1] ?? null;
}
