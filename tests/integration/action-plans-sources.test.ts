// Action plans wired to FURAG, findings and the evidence repository, against
// a real database: the three gap sources in the preview (in order), generating
// again without duplicates, foreign findings and FURAG answers refused (404),
// evidence of completion (PLAN_ITEM links, foreign item 404, completing
// without non-rejected evidence 422), and the state now of FURAG and finding
// gaps in the plan and its exports.
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPlanGaps } from "@/lib/action-plans/add-plan-gaps";
import { createPlanFromAssessment } from "@/lib/action-plans/create-plan";
import { loadPlanExport } from "@/lib/action-plans/export/load-plan-export";
import { planPdf } from "@/lib/action-plans/export/plan-pdf";
import { planWorkbook } from "@/lib/action-plans/export/plan-workbook";
import { loadPlan } from "@/lib/action-plans/load-plan";
import { previewGaps } from "@/lib/action-plans/preview-gaps";
import { transitionPlan } from "@/lib/action-plans/transition-plan";
import { updatePlanItem } from "@/lib/action-plans/update-plan-item";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { linkEvidence, listEvidenceFor } from "@/lib/evidence/link-evidence";
import { saveActivityResponse } from "@/lib/self-assessments/save-response";
import { startAssessment } from "@/lib/self-assessments/start-assessment";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const VIGENCIA = 2022;
const RULE = { threshold: 61, targetLevel: 4 as const };
let f: TenantFixture;
let planner: EntityContext;
let responsible: EntityContext;
let assessmentId: string;
let questionId: string;
let onlyBQuestionId: string;
const finding = { critical: "", low: "", closed: "", otherPolicy: "", foreign: "" };

beforeAll(async () => {
  f = await createTenantFixture("action_plan_sources");
  planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
  responsible = await loadEntityContext(f.A.users.RESPONSABLE, f.A.entityId);
  assessmentId = (await startAssessment(planner, { entityId: f.A.entityId, vigencia: VIGENCIA, policyCode: "POL03", fromPrevious: false })).id;
  const activity = await f.owner.instrumentActivity.findFirstOrThrow({
    where: { instrument: { assessments: { some: { id: assessmentId } } } },
    orderBy: [{ category: { component: { sortOrder: "asc" } } }, { category: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: { id: true },
  });
  await saveActivityResponse(planner, { assessmentId, activityId: activity.id }, { score: 20, notApplicable: false, observations: null, baseVersion: 0 });

  const questionnaire = await f.owner.furagQuestionnaire.create({ data: { vigencia: VIGENCIA, sourceFileName: "prueba.xlsx" } });
  const question = (code: string, sortOrder: number) =>
    f.owner.furagQuestion.create({
      data: {
        questionnaireId: questionnaire.id, externalId: code, code, modulePrefix: "PLA", text: `Pregunta ${code}`, type: "MULTIPLE_CHOICE", sortOrder,
        options: ["Plan adoptado", "Plan publicado", "Plan evaluado", "Ninguna de las anteriores"],
      },
    });
  questionId = (await question("PLA101", 0)).id;
  onlyBQuestionId = (await question("PLA102", 1)).id;
  const answer = (entityId: string, qId: string) =>
    f.owner.furagAnswer.create({ data: { entityId, questionId: qId, state: "RESPONDIDA", value: { selected: ["Plan adoptado"], numbers: {}, text: "", supports: {} } } });
  await answer(f.A.entityId, questionId);
  await answer(f.B.entityId, questionId);
  await answer(f.B.entityId, onlyBQuestionId);

  const newFinding = async (entityId: string, responsibleId: string, severity: "BAJA" | "CRITICA", policyCode: string, state: "ABIERTO" | "CERRADO" = "ABIERTO") =>
    (
      await f.owner.finding.create({
        data: {
          entityId, severity, description: `Hallazgo ${severity} ${policyCode} ${state}`, policyCode, state, responsibleId, dueDate: new Date("2026-06-30T00:00:00Z"),
          createdById: responsibleId, createdByName: "Control interno",
        },
      })
    ).id;
  finding.low = await newFinding(f.A.entityId, f.A.users.RESPONSABLE, "BAJA", "POL03");
  finding.critical = await newFinding(f.A.entityId, f.A.users.RESPONSABLE, "CRITICA", "POL03");
  finding.closed = await newFinding(f.A.entityId, f.A.users.RESPONSABLE, "CRITICA", "POL03", "CERRADO");
  finding.otherPolicy = await newFinding(f.A.entityId, f.A.users.RESPONSABLE, "CRITICA", "POL05");
  finding.foreign = await newFinding(f.B.entityId, f.B.users.RESPONSABLE, "CRITICA", "POL03");
}, 120_000);
afterAll(async () => f?.close());

let planId: string;

describe("fuentes de brechas", () => {
  it("la vista previa lista actividades, luego opciones FURAG no marcadas y luego hallazgos abiertos de la política (por severidad)", async () => {
    const { gaps } = await previewGaps(planner, { assessmentId, rule: RULE });
    const kinds = gaps.map((g) => g.sourceKind);
    expect(kinds.indexOf("FURAG_OPTION")).toBeGreaterThan(kinds.lastIndexOf("ACTIVITY"));
    expect(kinds.indexOf("FINDING")).toBeGreaterThan(kinds.lastIndexOf("FURAG_OPTION"));
    expect(gaps.filter((g) => g.sourceKind === "FURAG_OPTION").map((g) => [g.furagQuestionId, g.furagOption])).toEqual([
      [questionId, "Plan publicado"],
      [questionId, "Plan evaluado"],
    ]);
    expect(gaps.filter((g) => g.sourceKind === "FINDING").map((g) => g.findingId)).toEqual([finding.critical, finding.low]);
  });

  it("la persona elige las fuentes: solo hallazgos", async () => {
    const { gaps } = await previewGaps(planner, { assessmentId, rule: RULE, kinds: ["FINDING"] });
    expect(new Set(gaps.map((g) => g.sourceKind))).toEqual(new Set(["FINDING"]));
  });

  it("crea acciones de las tres fuentes con su prioridad y meta, y generar de nuevo no duplica", async () => {
    const { gaps } = await previewGaps(planner, { assessmentId, rule: RULE });
    const first = [gaps.find((g) => g.sourceKind === "ACTIVITY")!, gaps.find((g) => g.sourceKind === "FURAG_OPTION")!, gaps.find((g) => g.sourceKind === "FINDING")!];
    const created = await createPlanFromAssessment(planner, { entityId: f.A.entityId, assessmentId, name: "Plan con fuentes", ...RULE, sourceKeys: first.map((g) => g.sourceKey) });
    planId = created.planId;
    expect(created.items).toBe(3);
    const items = await f.owner.actionPlanItem.findMany({ where: { planId }, orderBy: { sortOrder: "asc" } });
    expect(items.map((i) => i.sourceKind)).toEqual(["ACTIVITY", "FURAG_OPTION", "FINDING"]);
    expect(items[1]).toMatchObject({ furagQuestionId: questionId, furagOption: "Plan publicado", scoreBefore: null, priority: "MEDIA" });
    expect(items[2]).toMatchObject({ findingId: finding.critical, priority: "ALTA", goal: "Que control interno cierre el hallazgo" });

    const again = await previewGaps(planner, { assessmentId, rule: RULE, planId });
    expect(again.gaps.filter((g) => g.inPlan).map((g) => g.sourceKey)).toEqual(first.map((g) => g.sourceKey));
    const all = again.gaps.map((g) => g.sourceKey);
    expect(await addPlanGaps(planner, { entityId: f.A.entityId, planId, sourceKeys: all })).toEqual({ added: all.length - 3 });
    expect(await addPlanGaps(planner, { entityId: f.A.entityId, planId, sourceKeys: all })).toEqual({ added: 0 });
    expect(await f.owner.actionPlanItem.count({ where: { planId } })).toBe(all.length);
  });

  it("un hallazgo o una respuesta FURAG de otra entidad no se vuelve acción (404) y no se crea nada", async () => {
    const plans = await f.owner.actionPlan.count();
    for (const key of [`FINDING:${finding.foreign}`, `FURAG_OPTION:${onlyBQuestionId}:Plan publicado`]) {
      await expect(createPlanFromAssessment(planner, { entityId: f.A.entityId, assessmentId, name: "Plan ajeno", ...RULE, sourceKeys: [key] })).rejects.toMatchObject({ status: 404 });
      await expect(addPlanGaps(planner, { entityId: f.A.entityId, planId, sourceKeys: [key] })).rejects.toMatchObject({ status: 404 });
    }
    expect(await f.owner.actionPlan.count()).toBe(plans);
    // A closed finding of its own entity is simply no longer a gap: 422.
    await expect(addPlanGaps(planner, { entityId: f.A.entityId, planId, sourceKeys: [`FINDING:${finding.closed}`] })).rejects.toMatchObject({ status: 422 });
  });
});

describe("evidencia de cumplimiento", () => {
  let itemId: string;
  const newEvidence = (entityId: string, ownerId: string, title: string, reviewState: "PENDIENTE" | "RECHAZADA" = "PENDIENTE") =>
    f.owner.evidence.create({ data: { entityId, vigencia: VIGENCIA, title, documentDate: new Date("2026-02-01T00:00:00Z"), ownerId, createdById: ownerId, reviewState } });
  const item = () => f.owner.actionPlanItem.findUniqueOrThrow({ where: { id: itemId } });
  const complete = async () => {
    const current = await item();
    return updatePlanItem(responsible, {
      entityId: f.A.entityId, itemId, version: current.version, action: current.action, deliverable: "", indicator: "", goal: current.goal, responsibleId: f.A.users.RESPONSABLE,
      startDate: "", dueDate: "", priority: current.priority, status: "CUMPLIDA", progress: 100, cancelReason: "", completionNote: "Hallazgo atendido con el acta 12 de 2026.",
    });
  };

  beforeAll(async () => {
    itemId = (await f.owner.actionPlanItem.findFirstOrThrow({ where: { planId, sourceKind: "FINDING" } })).id;
    await f.owner.actionPlanItem.update({ where: { id: itemId }, data: { responsibleId: f.A.users.RESPONSABLE } });
    await transitionPlan(await loadEntityContext(f.A.users.COMITE, f.A.entityId), { entityId: f.A.entityId, planId, transition: "approve" });
  });

  it("vincular evidencia a una acción de otra entidad: 404", async () => {
    const evidence = await newEvidence(f.A.entityId, f.A.users.RESPONSABLE, "Acta ajena");
    const actor = { userId: f.A.users.RESPONSABLE, entityId: f.A.entityId };
    await expect(withTenant(actor, (db) => linkEvidence(db, actor, evidence.id, { kind: "PLAN_ITEM", targetId: f.B.planItemId, targetSubId: "" }))).rejects.toMatchObject({ status: 404 });
    expect(await f.owner.evidenceLink.count({ where: { targetKind: "PLAN_ITEM" } })).toBe(0);
  });

  it("marcarla cumplida sin evidencia, o solo con evidencia rechazada: 422 y nada cambia", async () => {
    await expect(complete()).rejects.toMatchObject({ status: 422, fieldErrors: { status: [expect.stringMatching(/evidencia de cumplimiento/)] } });
    const rejected = await newEvidence(f.A.entityId, f.A.users.RESPONSABLE, "Borrador rechazado", "RECHAZADA");
    const actor = { userId: f.A.users.RESPONSABLE, entityId: f.A.entityId };
    await withTenant(actor, (db) => linkEvidence(db, actor, rejected.id, { kind: "PLAN_ITEM", targetId: itemId, targetSubId: "" }));
    await expect(complete()).rejects.toMatchObject({ status: 422 });
    expect(await item()).toMatchObject({ status: "PENDIENTE", completedAt: null });
  });

  it("con una evidencia vinculada (pendiente de revisión) se marca cumplida; el plan y las exportaciones la listan", async () => {
    const evidence = await newEvidence(f.A.entityId, f.A.users.RESPONSABLE, "Acta 12 de 2026");
    const actor = { userId: f.A.users.RESPONSABLE, entityId: f.A.entityId };
    await withTenant(actor, (db) => linkEvidence(db, actor, evidence.id, { kind: "PLAN_ITEM", targetId: itemId, targetSubId: "" }));
    const linked = await withTenant(actor, (db) => listEvidenceFor(db, f.A.entityId, { kind: "PLAN_ITEM", targetId: itemId }));
    expect(linked.map((l) => l.title).sort()).toEqual(["Acta 12 de 2026", "Borrador rechazado"]);
    await complete();
    expect(await item()).toMatchObject({ status: "CUMPLIDA", progress: 100 });

    const view = await loadPlan(planner, planId);
    const shown = view.items.find((i) => i.id === itemId)!;
    expect(shown.evidence.map((e) => [e.title, e.rejected])).toEqual([
      ["Borrador rechazado", true],
      ["Acta 12 de 2026", false],
    ]);
    const data = await loadPlanExport(planner, planId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planWorkbook(data)) as unknown as ArrayBuffer);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toContain("Borrador rechazado (rechazada); Acta 12 de 2026");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await planPdf(data))), { mergePages: true });
    expect(text).toContain("Acta 12 de 2026");
  });
});

describe("efectividad de acciones FURAG y de hallazgos", () => {
  it("muestra el estado de la brecha ahora en vez de un puntaje", async () => {
    const stateOf = async () => {
      const view = await loadPlan(planner, planId);
      const by = (kind: string) => view.items.find((i) => i.sourceKind === kind && i.sortOrder <= 2)!;
      return { activity: by("ACTIVITY").gapState, furag: by("FURAG_OPTION").gapState, finding: by("FINDING").gapState };
    };
    expect(await stateOf()).toEqual({
      activity: null,
      furag: { text: "FURAG: la opción todavía no está marcada", closed: false },
      finding: { text: "Hallazgo abierto", closed: false },
    });
    await f.owner.furagAnswer.update({
      where: { entityId_questionId: { entityId: f.A.entityId, questionId } },
      data: { value: { selected: ["Plan adoptado", "Plan publicado"], numbers: {}, text: "", supports: {} } },
    });
    await f.owner.finding.update({ where: { id: finding.critical }, data: { state: "CERRADO", closedAt: new Date() } });
    expect(await stateOf()).toMatchObject({ furag: { closed: true }, finding: { text: "Hallazgo cerrado", closed: true } });
  });
});
