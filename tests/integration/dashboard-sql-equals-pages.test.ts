// The tablero reads its sections in direct SQL (issue #9), restating filters
// that the pages express as Prisma queries. This test keeps them from
// drifting apart: on the demo data plus rows built to sit on every boundary
// (expiry dates, review states, rejected or expired FURAG evidence, retired
// questions, results linked only by the import), each figure of the
// dashboard equals what the page's own loader counts.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import { loadDashboard, loadDashboardForPage, sectionOf } from "@/lib/dashboard/load-dashboard";
import { readFuragReadinessItems } from "@/lib/dashboard/sections/furag-readiness-items";
import { weakestModules } from "@/lib/dashboard/sections/furag-readiness";
import { withTenant } from "@/lib/db/context";
import { createPrismaClient, setAppPrisma, type Db } from "@/lib/db/prisma";
import { withTenantSql } from "@/lib/db/sql";
import { dateOnly, isoDateOf, todayAsDate } from "@/lib/evidence/expiry";
import { listEvidences, type EvidenceFilters } from "@/lib/evidence/list-evidences";
import { listFindings } from "@/lib/findings/load-findings";
import { loadFuragItems } from "@/lib/furag/workspace/load-furag-items";
import { computeReadiness, readinessPercents, type ReadinessItem } from "@/lib/furag/workspace/readiness";
import { POLICY_CODES } from "@/lib/results/official-layout";
import { changeFromPrevious, loadEntityOfficialResults } from "@/lib/results/queries/entity-results";
import { loadPeerPosition } from "@/lib/results/queries/peer-position";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { demoEmail } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

let database: TestDatabase;
let owner: Db;
let app: Db;
let ctx: EntityContext;
let evidenceDir: string;
const savedDir = process.env.EVIDENCE_DIR;
const DAY = 86_400_000;

beforeAll(async () => {
  evidenceDir = await mkdtemp(path.join(tmpdir(), "faro-dash-sql-"));
  process.env.EVIDENCE_DIR = evidenceDir;
  database = await createTestDatabase("dashboard_sql_equals_pages");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  setAppPrisma(app);
  await seedReferenceData(owner);
  await seedDemo(owner);
  const committee = await owner.user.findUniqueOrThrow({ where: { email: demoEmail("COMITE", "rionegro") }, include: { memberships: true } });
  ctx = await loadEntityContext(committee.id, committee.memberships[0]!.entityId);
}, 240_000);

afterAll(async () => {
  setAppPrisma(undefined);
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
  await rm(evidenceDir, { recursive: true, force: true });
  process.env.EVIDENCE_DIR = savedDir;
});

const person = () => owner.user.findUniqueOrThrow({ where: { email: demoEmail("RESPONSABLE", "rionegro") } });
const guarne = () => owner.entity.findUniqueOrThrow({ where: { sigepCode: "900318" } });
/** A calendar day `offset` days from today in Bogotá, as a @db.Date value. */
const day = (offset: number) => new Date(todayAsDate().getTime() + offset * DAY);

describe("revisión de evidencias: las cifras del tablero son las filas que abre cada enlace de la lista", () => {
  beforeAll(async () => {
    const owner_ = await person();
    const other = await guarne();
    const states = ["PENDIENTE", "ACEPTADA", "CON_OBSERVACIONES", "RECHAZADA"] as const;
    // Every boundary of "vencidas" (before today) and "por vencer" (today .. today + 30), in each review state and two vigencias.
    const validUntils = [null, day(-400), day(-1), day(0), day(1), day(30), day(31), day(365)];
    let n = 0;
    for (const vigencia of [2025, 2024]) {
      for (const validUntil of validUntils) {
        const reviewState = states[n++ % states.length]!;
        await owner.evidence.create({
          data: { entityId: ctx.entityId, vigencia, title: `Límite ${n}`, documentDate: dateOnly("2025-05-01"), ownerId: owner_.id, createdById: owner_.id, reviewState, validUntil },
        });
      }
    }
    await owner.evidence.create({ data: { entityId: other.id, vigencia: 2025, title: "De Guarne", documentDate: dateOnly("2025-05-01"), ownerId: owner_.id, createdById: owner_.id, validUntil: day(-1) } });
  });

  it.each([2025, 2024])("vigencia %i: total, cada estado, vencidas y por vencer", async (vigencia) => {
    const section = sectionOf(await loadDashboard(ctx, vigencia), "evidence-review")!;
    const count = async (filters: EvidenceFilters) => (await listEvidences(ctx, { vigencia, ...filters })).total;
    expect(section.total).toBe(await count({}));
    expect(section.expired).toBe(await count({ expiry: "vencidas" }));
    expect(section.expiringSoon).toBe(await count({ expiry: "por-vencer" }));
    for (const state of ["PENDIENTE", "ACEPTADA", "CON_OBSERVACIONES", "RECHAZADA"] as const) expect(section.states[state]).toBe(await count({ state }));
    // The boundaries are really in the data: 1-2 expired and 3 expiring of the rows above, besides the demo's.
    expect(section.expired).toBeGreaterThanOrEqual(2);
    expect(section.expiringSoon).toBeGreaterThanOrEqual(3);
  });
});

describe("hallazgos abiertos: las cifras del tablero son las de la lista de hallazgos", () => {
  beforeAll(async () => {
    const responsible = await person();
    const finding = (over: Record<string, unknown>) =>
      owner.finding.create({ data: { entityId: ctx.entityId, description: "Límite", responsibleId: responsible.id, createdById: responsible.id, createdByName: "Prueba", severity: "MEDIA", dueDate: day(0), ...over } });
    await finding({ dueDate: day(-1), severity: "CRITICA" });
    await finding({ dueDate: day(0), state: "RESPONDIDO" });
    await finding({ dueDate: day(1), severity: "BAJA" });
    await finding({ dueDate: day(-30), state: "CERRADO" });
  });

  it("abiertos por severidad, respondidos y vencidos", async () => {
    const section = sectionOf(await loadDashboard(ctx, 2025), "open-findings")!;
    const open = (await listFindings(ctx)).filter((f) => f.state !== "CERRADO");
    expect(section.open).toBe(open.length);
    for (const severity of ["CRITICA", "ALTA", "MEDIA", "BAJA"] as const) expect(section.bySeverity[severity]).toBe(open.filter((f) => f.severity === severity).length);
    expect(section.answered).toBe(open.filter((f) => f.state === "RESPONDIDO").length);
    expect(section.overdue).toBe(open.filter((f) => isoDateOf(f.dueDate) < isoDateOf(todayAsDate())).length);
    expect(section.overdue).toBeGreaterThanOrEqual(1);
  });
});

describe("preparación FURAG: los ítems del tablero son los de la página de preparación", () => {
  beforeAll(async () => {
    const other = await guarne();
    const actor = await person();
    const questions = await owner.furagQuestion.findMany({ where: { questionnaire: { vigencia: 2025 }, modulePrefix: { not: "PLA" } }, orderBy: { sortOrder: "asc" } });
    const used = new Set<string>();
    /** The next question not answered yet here that matches. */
    const next = (matches: (q: (typeof questions)[number]) => boolean) => {
      const question = questions.find((q) => !used.has(q.id) && matches(q))!;
      used.add(question.id);
      return question;
    };
    const ofType = (type: string) => next((q) => q.type === type && q.options.length >= 2 && q.modulePrefix !== "PER");
    const answer = async (question: (typeof questions)[number], data: Record<string, unknown>, entityId = ctx.entityId) =>
      owner.furagAnswer.create({ data: { entityId, questionId: question.id, ...data } });
    const evidence = (over: Record<string, unknown> = {}, entityId = ctx.entityId) =>
      owner.evidence.create({ data: { entityId, vigencia: 2025, title: "Soporte FURAG", documentDate: dateOnly("2025-05-01"), ownerId: actor.id, createdById: actor.id, ...over } });
    const link = async (answerId: string, key: string, evidenceOver: Record<string, unknown> = {}, linkOver: Record<string, unknown> = {}, entityId = ctx.entityId) =>
      owner.evidenceLink.create({
        data: { entityId, evidenceId: (await evidence(evidenceOver, entityId)).id, targetKind: "FURAG_OPTION", targetId: answerId, targetSubId: key, createdById: actor.id, ...linkOver },
      });

    const multiple = ofType("MULTIPLE_CHOICE");
    const [a, b, c, d] = multiple.options;
    const selected = [a!, b!, c ?? a!, d ?? b!].filter((o, i, all) => all.indexOf(o) === i);
    const many = await answer(multiple, { state: "REVISADA", value: { selected, numbers: {}, text: "", supports: {} } });
    await link(many.id, a!, { reviewState: "ACEPTADA", validUntil: day(0) }); // valid until today: still counts
    await link(many.id, b!, { validUntil: day(-1) }); // expired: supports nothing
    if (c) await link(many.id, c, {}, { reviewState: "RECHAZADA" }); // this use rejected
    if (d) await link(many.id, d, { reviewState: "RECHAZADA" }); // the evidence itself rejected
    const single = ofType("SINGLE_CHOICE");
    const one = await answer(single, { state: "CON_OBSERVACIONES", value: { selected: [single.options[0]!], numbers: {}, text: "", supports: {} } });
    await link(one.id, single.options[1]!); // an option not chosen
    await link(one.id, single.options[0]!, {}, {}, ctx.entityId);
    const numeric = next((q) => q.type === "OPEN_NUMERIC");
    await answer(numeric, { state: "RESPONDIDA", value: { selected: [], numbers: { respuesta: 12 }, text: "", supports: { respuesta: "Acta 3" } } });
    const mcn = next((q) => q.type === "MULTIPLE_CHOICE_NUMERIC");
    await answer(mcn, { state: "RESPONDIDA", value: { selected: [], numbers: Object.fromEntries(mcn.options.map((o, i) => [o, i])), text: "", supports: {} } });
    const skipped = ofType("MULTIPLE_CHOICE");
    await answer(skipped, { state: "RESPONDIDA", notApplicable: true, notApplicableReason: "No aplica", value: { selected: [skipped.options[0]!], numbers: {}, text: "", supports: {} } });
    await answer(ofType("MULTIPLE_CHOICE"), { state: "RESPONDIDA", value: { unreadable: true } });
    await answer(ofType("SINGLE_CHOICE"), { state: "SIN_RESPONDER" });
    const opinion = next((q) => q.modulePrefix === "PER" && q.options.length > 0);
    await answer(opinion, { state: "RESPONDIDA", value: { selected: [opinion.options[0]!], numbers: {}, text: "", supports: {} } });
    const retired = ofType("MULTIPLE_CHOICE");
    await answer(retired, { state: "REVISADA", value: { selected: [retired.options[0]!], numbers: {}, text: "", supports: {} } });
    await owner.furagQuestion.update({ where: { id: retired.id }, data: { retired: true } });
    // Another entity's answer and evidence, on a question this entity answered.
    const foreign = await answer(multiple, { state: "REVISADA", value: { selected: [a!], numbers: {}, text: "", supports: {} } }, other.id);
    await link(foreign.id, a!, {}, {}, other.id);
  });

  const project = (items: readonly ReadinessItem[]) =>
    items.map((i) => ({ code: i.question.code, modulePrefix: i.question.modulePrefix, policyCode: i.question.policyCode, state: i.answer?.state ?? null, evidence: i.evidence }));

  it("cada pregunta vigente con su estado y su evidencia requerida, soportada y faltante", async () => {
    const page = await loadFuragItems(ctx, 2025);
    const dashboard = (await withTenantSql(ctx, (tx) => readFuragReadinessItems(tx, ctx.entityId, 2025, new Date())))!;
    expect(project(dashboard.items)).toEqual(project(page.items));
    expect(dashboard.moduleTopics).toEqual(page.moduleTopics);
    // The rows above are really judged: supported and missing evidence, reviews, observations.
    const overall = computeReadiness(page.items).overall;
    expect(overall).toMatchObject({ reviewed: 1, withObservations: 1 });
    expect(overall.evidenceSupported).toBeGreaterThanOrEqual(2);
    expect(overall.evidenceRequired - overall.evidenceSupported).toBeGreaterThanOrEqual(3);
  });

  it("la sección del tablero da las cifras de la página de preparación", async () => {
    const section = sectionOf(await loadDashboard(ctx, 2025), "furag-readiness")!;
    const readiness = computeReadiness((await loadFuragItems(ctx, 2025)).items);
    expect(section).toMatchObject({ hasQuestionnaire: true, ...readiness.overall, percents: readinessPercents(readiness.overall), moduleCount: readiness.byModule.size });
    const modules = [...readiness.byModule].map(([prefix, counts]) => ({ prefix, answered: counts.answered, percents: readinessPercents(counts) }));
    expect(section.modulesWithoutAnswers).toBe(modules.filter((m) => m.answered === 0).length);
    expect(section.weakestModules.map((m) => [m.prefix, m.percents])).toEqual(
      weakestModules(modules.map((m) => ({ ...m, topic: "", total: 0 }))).map((m) => [m.prefix, m.percents]),
    );
  });
});

describe("resultados oficiales: el tablero lee lo que leen los cargadores de la página de resultados", () => {
  beforeAll(async () => {
    // A result found only by the link made at import time (the entity's código SIGEP changed since), MECI only.
    const anImport = await owner.resultsImport.findFirstOrThrow();
    const row = await owner.officialEntityResult.create({
      data: { importId: anImport.id, vigencia: 2019, sigepCode: "OLD-900615", entityId: ctx.entityId, entityName: "Rionegro (código anterior)", meciOnly: true },
    });
    await owner.officialPolicyScore.create({ data: { resultId: row.id, policyCode: "POL19", score: 55.5 } });
    // And one found only by the código SIGEP (imported before the entity joined the platform).
    await owner.officialEntityResult.create({ data: { importId: anImport.id, vigencia: 2018, sigepCode: "900615", entityName: "Rionegro", idi: 61.25 } });
  });

  it.each([2025, 2024, 2019, 2030])("vigencia pedida %i", async (vigencia) => {
    const section = sectionOf(await loadDashboard(ctx, vigencia), "official-results")!;
    const expected = await withTenant(ctx, async (db) => {
      const entity = await db.entity.findUniqueOrThrow({ where: { id: ctx.entityId }, select: { id: true, sigepCode: true } });
      const results = await loadEntityOfficialResults(db, entity);
      const exact = results.findIndex((r) => r.vigencia === vigencia);
      const index = exact >= 0 ? exact : results.length - 1;
      const medianOf = async (id: string) => new Map((await loadPeerPosition(db, id)).map((s) => [s.code, s.median]));
      const selected = await medianOf(results[index]!.id);
      const idiMedians = await Promise.all(results.map(async (r) => (await medianOf(r.id)).get("IDI") ?? null));
      return {
        vigencia: results[index]!.vigencia,
        peerGroup: results[index]!.peerGroup,
        vigencias: results.map((r, i) => ({ vigencia: r.vigencia, idi: r.idi, meciOnly: r.meciOnly, peerMedianIdi: idiMedians[i] })),
        idi: results[index]!.idi,
        idiChange: changeFromPrevious(results, index, (r) => r.idi),
        policies: POLICY_CODES.map((code) => ({
          code,
          scores: results.map((r) => r.policies[code]),
          change: changeFromPrevious(results, index, (r) => r.policies[code]),
          peerMedian: selected.get(code) ?? null,
        })),
      };
    });
    expect(expected.vigencias.length).toBeGreaterThanOrEqual(4);
    expect(expected.vigencias.slice(0, 2)).toMatchObject([{ vigencia: 2018, idi: 61.25 }, { vigencia: 2019, meciOnly: true }]);
    expect(section).toMatchObject(expected);
  });
});

describe("la página del tablero", () => {
  it("sin vigencia en la dirección abre la última con autodiagnósticos, en la misma transacción que sus datos", async () => {
    const latest = await owner.selfAssessment.findFirstOrThrow({ where: { entityId: ctx.entityId }, orderBy: { vigencia: "desc" } });
    const now = new Date();
    expect(await loadDashboardForPage(ctx, undefined, now)).toEqual(await loadDashboard(ctx, latest.vigencia, now));
    expect((await loadDashboardForPage(ctx, "2024", now)).vigencia).toBe(2024);
  });
});
