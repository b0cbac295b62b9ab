// The main navigation. Entity pages live under /e/<entityId>/; an item shows
// only when the person's role there allows its action (the same permission
// table the server enforces). Each feature adds its entry when its pages land.
// Entries are grouped in the order people work, so that a phone or a narrow
// window shows a handful of menus instead of a long row that scrolls sideways.
import { can, type Action } from "@/lib/authz/permissions";
import type { MemberRole } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: string };
export type NavGroup = { id: NavGroupId; label: string; items: NavItem[] };
/** A plain link, or a labelled menu of two or more links. */
export type NavEntry = ({ kind: "link" } & NavItem) | ({ kind: "group" } & NavGroup);

export const NAV_GROUPS = {
  autodiagnostico: "Autodiagnóstico y FURAG",
  evidencias: "Evidencias y hallazgos",
  planes: "Planes y tareas",
  entidad: "Entidad",
} as const;
export type NavGroupId = keyof typeof NAV_GROUPS;

/** An entry without a group is a link of its own; a group sits where its first entry is. */
type EntityItem = { path: string; label: string; requires: Action; group?: NavGroupId };

export const ENTITY_NAV: EntityItem[] = [
  { path: "", label: "Resumen", requires: "entity.view" },
  { path: "/tablero", label: "Tablero", requires: "dashboard.view" },
  { path: "/autodiagnosticos", label: "Autodiagnósticos", requires: "autodiagnostico.view", group: "autodiagnostico" },
  { path: "/furag", label: "FURAG", requires: "furag.view", group: "autodiagnostico" },
  { path: "/resultados", label: "Resultados FURAG", requires: "dashboard.view", group: "autodiagnostico" },
  { path: "/evidencias", label: "Evidencias", requires: "evidence.view", group: "evidencias" },
  { path: "/evidencias/cola", label: "Cola de revisión", requires: "evidence.review", group: "evidencias" },
  { path: "/hallazgos", label: "Hallazgos", requires: "evidence.view", group: "evidencias" },
  { path: "/planes", label: "Planes de acción", requires: "plan.view", group: "planes" },
  { path: "/mis-tareas", label: "Mis tareas", requires: "plan.edit", group: "planes" },
  { path: "/comite", label: "Comité", requires: "dashboard.view" },
  { path: "/asesoria", label: "Asesoría", requires: "entity.view", group: "entidad" },
  { path: "/miembros", label: "Miembros", requires: "members.view", group: "entidad" },
  { path: "/auditoria", label: "Auditoría", requires: "audit.view", group: "entidad" },
  { path: "/configuracion", label: "Configuración", requires: "entity.settings.update", group: "entidad" },
];

type NavOptions = { entityId: string | null; role: MemberRole | null; isSuperadmin: boolean; isAdvisor?: boolean };

/** What the person may reach from here, grouped: a group left with one link is that link, with none it disappears. */
export function navEntriesFor(options: NavOptions): NavEntry[] {
  const entries: NavEntry[] = [];
  const { entityId, role } = options;
  if (entityId && role) {
    const groups = new Map<NavGroupId, NavItem[]>();
    for (const item of ENTITY_NAV) {
      if (!can(role, item.requires)) continue;
      const link: NavItem = { href: `/e/${entityId}${item.path}`, label: item.label };
      if (!item.group) {
        entries.push({ kind: "link", ...link });
        continue;
      }
      const items = groups.get(item.group);
      if (items) items.push(link);
      else {
        groups.set(item.group, [link]);
        entries.push({ kind: "group", id: item.group, label: NAV_GROUPS[item.group], items: groups.get(item.group)! });
      }
    }
  } else {
    entries.push({ kind: "link", href: "/", label: "Inicio" });
  }
  // Departmental advisors (ASESOR) are not members: their workspace is by department.
  if (options.isAdvisor) entries.push({ kind: "link", href: "/asesoria", label: "Asesoría departamental" });
  entries.push({ kind: "link", href: "/catalogo", label: "Catálogo MIPG" });
  if (options.isSuperadmin) entries.push({ kind: "link", href: "/plataforma", label: "Plataforma" });
  return entries.map((entry) => (entry.kind === "group" && entry.items.length === 1 ? { kind: "link", ...entry.items[0]! } : entry));
}

/** Every link of the entries, in order. */
export function navLinksOf(entries: NavEntry[]): NavItem[] {
  return entries.flatMap((entry) => (entry.kind === "group" ? entry.items : [{ href: entry.href, label: entry.label }]));
}

/** The href of the current page's link: the most specific one the path is at or under. */
export function currentNavHref(entries: NavEntry[], pathname: string): string | null {
  return (
    navLinksOf(entries)
      .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
      .sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null
  );
}

/** The entity id of an entity page's path, if any. */
export function entityIdFromPath(pathname: string): string | null {
  return /^\/e\/([0-9a-f-]{36})(?:\/|$)/i.exec(pathname)?.[1] ?? null;
}
