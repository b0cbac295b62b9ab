import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentNavHref, ENTITY_NAV, navEntriesFor, navLinksOf, type NavEntry } from "@/components/shell/nav-items";
import { can, type Action } from "@/lib/authz/permissions";
import { MemberRole } from "@/lib/generated/prisma/enums";

const ENTITY = "0b5c6a4e-8d2f-4c1a-9e3b-7f6d5c4b3a21";
const base = `/e/${ENTITY}`;

// Written out here, not read from ENTITY_NAV: each page, the action the server
// demands for it, and its group. A role that loses a page, or a page that
// shows past its permission, fails below.
const PAGES: { label: string; path: string; requires: Action; group: string | null }[] = [
  { label: "Resumen", path: "", requires: "entity.view", group: null },
  { label: "Tablero", path: "/tablero", requires: "dashboard.view", group: null },
  { label: "Autodiagnósticos", path: "/autodiagnosticos", requires: "autodiagnostico.view", group: "Autodiagnóstico y FURAG" },
  { label: "FURAG", path: "/furag", requires: "furag.view", group: "Autodiagnóstico y FURAG" },
  { label: "Resultados FURAG", path: "/resultados", requires: "dashboard.view", group: "Autodiagnóstico y FURAG" },
  { label: "Evidencias", path: "/evidencias", requires: "evidence.view", group: "Evidencias y hallazgos" },
  { label: "Cola de revisión", path: "/evidencias/cola", requires: "evidence.review", group: "Evidencias y hallazgos" },
  { label: "Hallazgos", path: "/hallazgos", requires: "evidence.view", group: "Evidencias y hallazgos" },
  { label: "Planes de acción", path: "/planes", requires: "plan.view", group: "Planes y tareas" },
  { label: "Mis tareas", path: "/mis-tareas", requires: "plan.edit", group: "Planes y tareas" },
  { label: "Comité", path: "/comite", requires: "dashboard.view", group: null },
  { label: "Asesoría", path: "/asesoria", requires: "entity.view", group: "Entidad" },
  { label: "Miembros", path: "/miembros", requires: "members.view", group: "Entidad" },
  { label: "Auditoría", path: "/auditoria", requires: "audit.view", group: "Entidad" },
  { label: "Configuración", path: "/configuracion", requires: "entity.settings.update", group: "Entidad" },
];

const ROLES = Object.values(MemberRole);
const member = (role: MemberRole) => navEntriesFor({ entityId: ENTITY, role, isSuperadmin: false });

/** The entries as "label" for links and "Group: a, b" for menus, to compare at a glance. */
function outline(entries: NavEntry[]): string[] {
  return entries.map((e) => (e.kind === "link" ? e.label : `${e.label}: ${e.items.map((i) => i.label).join(", ")}`));
}

describe("navEntriesFor, for every member role", () => {
  it.each(ROLES)("%s sees exactly the pages its permissions allow, each at its address", (role) => {
    const expected = PAGES.filter((page) => can(role, page.requires)).map((page) => ({ href: `${base}${page.path}`, label: page.label }));
    const links = navLinksOf(member(role)).filter((link) => link.href.startsWith(base));
    expect(links).toEqual(expected);
  });

  it.each(ROLES)("%s sees each allowed page inside its group, or as a plain link when the group keeps only that page", (role) => {
    const allowed = PAGES.filter((page) => can(role, page.requires));
    for (const entry of member(role)) {
      if (entry.kind === "group") {
        expect(entry.items.length).toBeGreaterThan(1);
        expect(entry.items.map((i) => i.label)).toEqual(allowed.filter((p) => p.group === entry.label).map((p) => p.label));
      } else if (entry.href.startsWith(base)) {
        const page = allowed.find((p) => p.label === entry.label)!;
        expect(page.group === null || allowed.filter((p) => p.group === page.group).length === 1).toBe(true);
      }
    }
  });

  it("lists every page of ENTITY_NAV in the table above (a new entry needs its expectation)", () => {
    expect(ENTITY_NAV.map((item) => [item.label, item.path, item.requires])).toEqual(PAGES.map((p) => [p.label, p.path, p.requires]));
  });

  it("points every entry at a page that exists", () => {
    for (const page of PAGES) {
      expect(existsSync(join(process.cwd(), "app/(app)/e/[entityId]", page.path, "page.tsx")), page.path).toBe(true);
    }
  });
});

describe("navEntriesFor, the groups in working order", () => {
  it("gives planning the whole working set, grouped, then the catalog", () => {
    expect(outline(member("PLANEACION"))).toEqual([
      "Resumen",
      "Tablero",
      "Autodiagnóstico y FURAG: Autodiagnósticos, FURAG, Resultados FURAG",
      "Evidencias y hallazgos: Evidencias, Hallazgos",
      "Planes y tareas: Planes de acción, Mis tareas",
      "Comité",
      "Entidad: Asesoría, Miembros",
      "Catálogo MIPG",
    ]);
  });

  it("turns a group with one allowed page into a plain link (a reader has no tasks)", () => {
    expect(outline(member("LECTOR"))).toEqual([
      "Resumen",
      "Tablero",
      "Autodiagnóstico y FURAG: Autodiagnósticos, FURAG, Resultados FURAG",
      "Evidencias y hallazgos: Evidencias, Hallazgos",
      "Planes de acción",
      "Comité",
      "Entidad: Asesoría, Miembros",
      "Catálogo MIPG",
    ]);
  });

  it("gives internal control its review queue and the audit trail", () => {
    const entries = outline(member("CONTROL_INTERNO"));
    expect(entries).toContain("Evidencias y hallazgos: Evidencias, Cola de revisión, Hallazgos");
    expect(entries).toContain("Entidad: Asesoría, Miembros, Auditoría");
  });
});

describe("navEntriesFor, outside an entity", () => {
  it("offers the start page and the catalog to someone outside an entity page", () => {
    expect(outline(navEntriesFor({ entityId: null, role: null, isSuperadmin: false }))).toEqual(["Inicio", "Catálogo MIPG"]);
  });

  it("adds the departmental workspace for an advisor and the platform for a superadmin", () => {
    const entries = navEntriesFor({ entityId: ENTITY, role: "ADMIN", isSuperadmin: true, isAdvisor: true });
    expect(outline(entries).slice(-3)).toEqual(["Asesoría departamental", "Catálogo MIPG", "Plataforma"]);
    expect(entries.find((e) => e.kind === "link" && e.label === "Plataforma")).toMatchObject({ href: "/plataforma" });
  });

  it("shows no entity page without a role there", () => {
    const links = navLinksOf(navEntriesFor({ entityId: ENTITY, role: null, isSuperadmin: false }));
    expect(links.some((link) => link.href.startsWith(base))).toBe(false);
  });
});

describe("currentNavHref", () => {
  const entries = member("CONTROL_INTERNO");

  it("marks the most specific link the page is at or under", () => {
    expect(currentNavHref(entries, `${base}/evidencias/cola`)).toBe(`${base}/evidencias/cola`);
    expect(currentNavHref(entries, `${base}/evidencias/123/editar`)).toBe(`${base}/evidencias`);
    expect(currentNavHref(entries, base)).toBe(base);
    expect(currentNavHref(entries, `${base}/planes/nuevo`)).toBe(`${base}/planes`);
  });

  it("does not take a longer word for a sub-page, and marks nothing off the menu", () => {
    expect(currentNavHref(entries, `${base}/evidencias-antiguas`)).toBe(base);
    expect(currentNavHref(entries, "/perfil")).toBeNull();
  });
});
