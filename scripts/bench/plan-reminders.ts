// Measures what every app page load now adds for a person with plan items:
// computing their reminders (one query per entity they belong to, plus the
// insert of new ones) and counting unread notifications; and loading a plan
// of N items with its before/after scores. Builds a scratch database on
// TEST_DATABASE_URL's server with the demo data and an extra plan of N items
// assigned to Rionegro's responsable. Prints min / p50 / p95 / max.
// A benchmark, not a test.
//
//   TEST_DATABASE_URL=… npx tsx scripts/bench/plan-reminders.ts [items=200] [rounds=50]
import { performance } from "node:perf_hooks";
import { loadEntityContext } from "@/lib/authz/entity-context";
import { loadPlan } from "@/lib/action-plans/load-plan";
import { createPrismaClient, setAppPrisma } from "@/lib/db/prisma";
import { countUnread } from "@/lib/notifications/my-notifications";
import { syncPlanReminders } from "@/lib/notifications/sync-plan-reminders";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { demoEmail } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase } from "@/tests/integration/setup/database";

async function measure(label: string, rounds: number, work: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  const sorted = samples.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
  console.log(`${label}: mín ${sorted[0]!.toFixed(1)} ms · p50 ${at(50)} ms · p95 ${at(95)} ms · máx ${sorted.at(-1)!.toFixed(1)} ms (${rounds} veces)`);
}

async function main() {
  const [items = "200", rounds = "50"] = process.argv.slice(2);
  const database = await createTestDatabase("bench_plans");
  const owner = createPrismaClient(database.url, { asAppRole: false });
  const app = createPrismaClient(database.url);
  setAppPrisma(app);
  try {
    await seedReferenceData(owner);
    await seedDemo(owner);
    const user = await owner.user.findUniqueOrThrow({ where: { email: demoEmail("RESPONSABLE", "rionegro") } });
    const demoPlan = await owner.actionPlan.findFirstOrThrow({ include: { items: { take: 1 } } });
    const plan = await owner.actionPlan.create({ data: { entityId: demoPlan.entityId, vigencia: 2026, name: "Plan grande", state: "EN_SEGUIMIENTO" } });
    const template = demoPlan.items[0]!;
    await owner.actionPlanItem.createMany({
      data: Array.from({ length: Number(items) }, (_, i) => ({
        entityId: plan.entityId,
        planId: plan.id,
        sourceKind: "FINDING" as const,
        sourceKey: `FINDING:bench-${i}`,
        gapLabel: `Hallazgo ${i + 1}`,
        action: `Acción ${i + 1}`,
        responsibleId: user.id,
        dueDate: new Date(Date.now() + ((i % 40) - 20) * 86_400_000),
        sortOrder: i,
        assessmentId: i % 2 === 0 ? template.assessmentId : null,
      })),
    });
    await measure(`Recordatorios + no leídas al abrir la app (${items} acciones a cargo)`, Number(rounds), async () => {
      await syncPlanReminders(user.id);
      await countUnread(user.id);
    });
    const ctx = await loadEntityContext(user.id, plan.entityId);
    await measure(`Cargar un plan de ${items} acciones`, Number(rounds), () => loadPlan(ctx, plan.id));
  } finally {
    setAppPrisma(undefined);
    await owner.$disconnect();
    await app.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
