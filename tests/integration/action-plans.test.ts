// Action plans against a real database: generating from a self-assessment's
// gaps (in order), generating again without duplicates, the computed vencida
// status at a fixed clock, before/after after re-scoring, no silent
// overwrite, exports, and reminders (in-app and over a real SMTP server).
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { SMTPServer } from "smtp-server";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPlanGaps } from "@/lib/action-plans/add-plan-gaps";
import { createPlanFromAssessment } from "@/lib/action-plans/create-plan";
import { loadPlanExport } from "@/lib/action-plans/export/load-plan-export";
import { planPdf } from "@/lib/action-plans/export/plan-pdf";
import { planWorkbook } from "@/lib/action-plans/export/plan-workbook";
import { loadPlan } from "@/lib/action-plans/load-plan";
import { previewGaps } from "@/lib/action-plans/preview-gaps";
import { ZUpdatePlanItem } from "@/lib/action-plans/schemas";
import { transitionPlan } from "@/lib/action-plans/transition-plan";
import { updatePlanItem } from "@/lib/action-plans/update-plan-item";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors/app-error";
import { countUnread } from "@/lib/notifications/my-notifications";
import { sendReminderEmails } from "@/lib/notifications/send-reminder-emails";
import { syncPlanReminders } from "@/lib/notifications/sync-plan-reminders";
import { saveActivityResponse } from "@/lib/self-assessments/save-response";
import { startAssessment } from "@/lib/self-assessments/start-assessment";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

let f: TenantFixture;
let planner: EntityContext;
let committee: EntityContext;
let responsible: EntityContext;
let assessmentId: string;
let activities: string[];
const RULE = { threshold: 61, targetLevel: 4 as const };

const score = (activityId: string, value: number | null, baseVersion: number, notApplicable = false) =>
  saveActivityResponse(planner, { assessmentId, activityId }, { score: value, notApplicable, observations: null, baseVersion });

beforeAll(async () => {
  f = await createTenantFixture("action_plans");
  planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
  committee = await loadEntityContext(f.A.users.COMITE, f.A.entityId);
  responsible = await loadEntityContext(f.A.users.RESPONSABLE, f.A.entityId);
  assessmentId = (await startAssessment(planner, { entityId: f.A.entityId, vigencia: 2022, policyCode: "POL03", fromPrevious: false })).id;
  const rows = await f.owner.instrumentActivity.findMany({
    where: { instrument: { assessments: { some: { id: assessmentId } } } },
    orderBy: [{ category: { component: { sortOrder: "asc" } } }, { category: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: { id: true },
  });
  activities = rows.map((r) => r.id);
  await score(activities[0]!, 40, 0);
  await score(activities[1]!, 10, 0);
  await score(activities[2]!, 70, 0);
  await score(activities[3]!, 40, 0);
  await score(activities[4]!, 5, 0, true); // no aplica: never a gap
}, 120_000);
afterAll(async () => f?.close());

const keyOf = (activityId: string) => `ACTIVITY:${assessmentId}:${activityId}`;
let planId: string;

describe("generar un plan desde las brechas", () => {
  it("propone las actividades bajo 61 ordenadas por distancia a la meta (empates en el orden del instrumento)", async () => {
    const preview = await previewGaps(planner, { assessmentId, rule: RULE });
    expect(preview.gaps.map((g) => g.activityId)).toEqual([activities[1], activities[0], activities[3]]);
    expect(preview.gaps.map((g) => g.distance)).toEqual([51, 21, 21]);
  });

  it("no crea nada sin brechas elegidas que existan", async () => {
    await expect(createPlanFromAssessment(planner, { entityId: f.A.entityId, assessmentId, name: "Plan", ...RULE, sourceKeys: [keyOf(activities[2]!)] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await f.owner.actionPlan.count({ where: { sourceAssessmentId: assessmentId } })).toBe(0);
  });

  it("crea el plan con las brechas elegidas y guarda el puntaje de la política de ese momento", async () => {
    const result = await createPlanFromAssessment(planner, {
      entityId: f.A.entityId,
      assessmentId,
      name: "Plan POL03 2022",
      ...RULE,
      sourceKeys: [keyOf(activities[1]!), keyOf(activities[0]!)],
    });
    planId = result.planId;
    expect(result.items).toBe(2);
    const view = await loadPlan(planner, planId);
    expect(view.plan.policyScoreBefore).toBe(40); // (40 + 10 + 70 + 40) / 4
    expect(view.items.map((i) => [i.activityId, i.scoreBefore, i.priority])).toEqual([
      [activities[1], 10, "ALTA"],
      [activities[0], 40, "MEDIA"],
    ]);
  });

  it("generar de nuevo agrega solo las brechas nuevas, sin duplicar las que ya están", async () => {
    const preview = await previewGaps(planner, { assessmentId, rule: RULE, planId });
    expect(preview.gaps.map((g) => g.inPlan)).toEqual([true, true, false]);
    const all = preview.gaps.map((g) => g.sourceKey);
    expect(await addPlanGaps(planner, { entityId: f.A.entityId, planId, sourceKeys: all })).toEqual({ added: 1 });
    expect(await addPlanGaps(planner, { entityId: f.A.entityId, planId, sourceKeys: all })).toEqual({ added: 0 });
    // A later re-score opens a new gap: only that one is added.
    await score(activities[2]!, 30, 1);
    const again = await previewGaps(planner, { assessmentId, rule: RULE, planId });
    expect(await addPlanGaps(planner, { entityId: f.A.entityId, planId, sourceKeys: again.gaps.map((g) => g.sourceKey) })).toEqual({ added: 1 });
    const items = await f.owner.actionPlanItem.findMany({ where: { planId }, select: { sourceKey: true } });
    expect(items).toHaveLength(4);
    expect(new Set(items.map((i) => i.sourceKey)).size).toBe(4);
  });
});

describe("seguimiento", () => {
  let itemId: string;
  const base = () => ({
    entityId: f.A.entityId,
    itemId,
    action: "Documentar el procedimiento de planeación",
    deliverable: "Procedimiento aprobado",
    indicator: "Procedimiento publicado",
    goal: "1 procedimiento",
    responsibleId: f.A.users.RESPONSABLE,
    startDate: "2026-02-01",
    dueDate: "2026-03-09",
    priority: "ALTA" as const,
    status: "EN_CURSO" as const,
    progress: 50,
    cancelReason: "",
    completionNote: "",
  });

  beforeAll(async () => {
    itemId = (await f.owner.actionPlanItem.findFirstOrThrow({ where: { planId, activityId: activities[1] } })).id;
  });

  it("el avance solo se registra con el plan aprobado por el comité", async () => {
    await expect(updatePlanItem(planner, { ...base(), version: 1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(transitionPlan(planner, { entityId: f.A.entityId, planId, transition: "approve" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await transitionPlan(committee, { entityId: f.A.entityId, planId, transition: "approve" })).toEqual({ state: "APROBADO" });
    expect(await updatePlanItem(planner, { ...base(), version: 1 })).toEqual({ version: 2 });
    const plan = await f.owner.actionPlan.findUniqueOrThrow({ where: { id: planId }, include: { transitions: true } });
    expect(plan.approvedById).toBe(f.A.users.COMITE);
    expect(plan.transitions).toMatchObject([{ fromState: "BORRADOR", toState: "APROBADO", actorId: f.A.users.COMITE }]);
  });

  it("un guardado basado en una versión vieja se rechaza (409) y no pisa el otro", async () => {
    await expect(updatePlanItem(planner, { ...base(), version: 1, progress: 5 })).rejects.toBeInstanceOf(ConflictError);
    expect((await f.owner.actionPlanItem.findUniqueOrThrow({ where: { id: itemId } })).progress).toBe(50);
  });

  it("vencida se calcula al leer, con la fecha de Bogotá, a un reloj fijo", async () => {
    const statusAt = async (iso: string) => (await loadPlan(planner, planId, new Date(iso))).items.find((i) => i.id === itemId)!.effectiveStatus;
    expect(await statusAt("2026-03-10T04:59:00Z")).toBe("EN_CURSO"); // still 9 March in Bogotá
    expect(await statusAt("2026-03-10T05:00:00Z")).toBe("VENCIDA");
    const view = await loadPlan(planner, planId, new Date("2026-03-10T12:00:00Z"));
    expect(view.progress.overdue).toBe(1);
    expect(view.byResponsible.find((g) => g.key.startsWith("RESPONSABLE"))?.summary.overdue).toBe(1);
  });

  it("recordatorios: uno por acción y tipo, también por correo si hay SMTP", async () => {
    const userId = f.A.users.RESPONSABLE;
    expect(await syncPlanReminders(userId, new Date("2026-03-01T15:00:00Z"))).toBe(1); // due in 8 days
    expect(await syncPlanReminders(userId, new Date("2026-03-02T15:00:00Z"))).toBe(0); // same reminder, not twice
    expect(await syncPlanReminders(userId, new Date("2026-03-12T15:00:00Z"))).toBe(1); // now overdue
    expect(await countUnread(userId)).toBe(2);
    expect(await countUnread(f.A.users.PLANEACION)).toBe(0);

    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, _session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push(raw);
          callback();
        });
      },
    });
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    const saved = { ...process.env };
    try {
      process.env.SMTP_HOST = "127.0.0.1";
      process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port);
      process.env.SMTP_FROM = "Faro MIPG <no-responder@faro.test>";
      delete process.env.SMTP_USER;
      expect(await sendReminderEmails(userId)).toBe(2);
      expect(await sendReminderEmails(userId)).toBe(0);
      expect(received).toHaveLength(2);
      // Undo quoted-printable soft line breaks before looking for the link.
      expect(received.join("\n").replace(/=\r?\n/g, "")).toContain(`/planes/${planId}/acciones/${itemId}`);
    } finally {
      process.env = saved;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("cumplida con nota y evidencia; al volver a calificar la actividad se ve el antes y el después", async () => {
    const version = (await f.owner.actionPlanItem.findUniqueOrThrow({ where: { id: itemId } })).version;
    const withoutNote = ZUpdatePlanItem.safeParse({ ...base(), version, status: "CUMPLIDA" });
    expect(withoutNote.error?.issues.map((i) => i.path.join("."))).toEqual(["completionNote"]);
    const evidence = await f.owner.evidence.create({
      data: { entityId: f.A.entityId, vigencia: 2022, title: "Resolución 123", documentDate: new Date("2026-03-01T00:00:00Z"), ownerId: f.A.users.RESPONSABLE, createdById: f.A.users.RESPONSABLE },
    });
    await f.owner.evidenceLink.create({ data: { entityId: f.A.entityId, evidenceId: evidence.id, targetKind: "PLAN_ITEM", targetId: itemId, createdById: f.A.users.RESPONSABLE } });
    await updatePlanItem(responsible, { ...base(), version, status: "CUMPLIDA", completionNote: "Procedimiento adoptado por resolución 123 de 2026" });
    await score(activities[1]!, 80, 1);
    const view = await loadPlan(planner, planId, new Date("2026-03-12T15:00:00Z"));
    const item = view.items.find((i) => i.id === itemId)!;
    expect(item).toMatchObject({ effectiveStatus: "CUMPLIDA", progress: 100, scoreBefore: 10, scoreNow: 80 });
    expect(item.rescoreHref).toMatch(new RegExp(`/autodiagnosticos/POL03\\?vigencia=2022#actividad-`));
    expect(view.policyScore).toEqual({ before: 40, now: 47.5 }); // (40 + 80 + 30 + 40) / 4
  });
});

describe("alcance del responsable de política", () => {
  it("edita solo acciones a su cargo o de sus políticas asignadas", async () => {
    const other = await f.owner.actionPlan.create({ data: { entityId: f.A.entityId, vigencia: 2022, policyCode: "POL05", name: "Plan de otra política", state: "APROBADO" } });
    const item = await f.owner.actionPlanItem.create({
      data: { entityId: f.A.entityId, planId: other.id, sourceKind: "FINDING", sourceKey: "FINDING:demo", gapLabel: "Hallazgo", policyCode: "POL05", action: "Atender el hallazgo", sortOrder: 0 },
    });
    const input = {
      entityId: f.A.entityId,
      itemId: item.id,
      action: "Atender el hallazgo",
      deliverable: "",
      indicator: "",
      goal: "",
      responsibleId: "",
      startDate: "",
      dueDate: "",
      priority: "MEDIA" as const,
      status: "EN_CURSO" as const,
      progress: 30,
      cancelReason: "",
      completionNote: "",
    };
    await expect(updatePlanItem(responsible, { ...input, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await f.owner.actionPlanItem.update({ where: { id: item.id }, data: { responsibleId: f.A.users.RESPONSABLE } });
    expect(await updatePlanItem(responsible, { ...input, responsibleId: f.A.users.RESPONSABLE, version: 1 })).toEqual({ version: 2 });
    // Someone who cannot report on items cannot be made responsible.
    await expect(updatePlanItem(planner, { ...input, responsibleId: f.A.users.LECTOR, version: 2 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("exportar", () => {
  it("Excel: una fila por acción con todos sus campos", async () => {
    const data = await loadPlanExport(planner, planId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planWorkbook(data)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Alcaldía A");
    const header = sheet.getRow(5).values as unknown[];
    expect(header).toContain("Acción");
    expect(header).toContain("Fecha límite");
    const rows = [6, 7, 8, 9].map((n) => sheet.getRow(n).values as unknown[]);
    expect(rows.map((r) => r[7])).toContain("Documentar el procedimiento de planeación");
    expect(sheet.getRow(10).values).toEqual([]);
  });

  it("PDF para el comité con el nombre de la entidad y las acciones", async () => {
    const bytes = await planPdf(await loadPlanExport(planner, planId));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain("Alcaldía A");
    expect(text).toContain("Documentar el procedimiento de planeación");
  });
});
