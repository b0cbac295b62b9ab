// npm run evidence:verify — checks that every stored evidence file still
// matches the SHA-256 recorded at upload, across all entities, and lists
// objects in storage that no file row refers to. Exit code 1 if any file is
// missing or altered (for a cron job or CI). Uses DATABASE_URL (or the
// embedded database) and the EVIDENCE_STORAGE settings.
import { resolveDatabase } from "@/lib/db/embedded-server";
import { createPrismaClient } from "@/lib/db/prisma";
import { withSystem } from "@/lib/db/context";
import { getEvidenceStorage } from "@/lib/evidence/storage/get-storage";
import { verifyIntegrity } from "@/lib/evidence/verify-integrity";

async function main(): Promise<number> {
  const database = await resolveDatabase();
  const client = createPrismaClient(database.url, { asAppRole: false });
  const storage = getEvidenceStorage();
  try {
    const report = await withSystem(null, (db) => verifyIntegrity(db, storage, { includeUnreferenced: true }), client);
    console.log(`Almacenamiento: ${storage.description}`);
    console.log(`Archivos verificados: ${report.checkedFiles}; íntegros: ${report.okFiles}.`);
    for (const p of report.problems) {
      const what = p.kind === "missing" ? "FALTA" : "ALTERADO";
      console.log(`✖ ${what}: «${p.originalName}» de la evidencia «${p.evidenceTitle}» (${p.evidenceId}, entidad ${p.entityId}), clave ${p.storageKey}`);
      if (p.actualSha256) console.log(`    SHA-256 registrado ${p.expectedSha256}, actual ${p.actualSha256}`);
    }
    for (const key of report.unreferencedObjects ?? []) console.log(`! Objeto sin registro en la base de datos: ${key}`);
    return report.problems.length > 0 ? 1 : 0;
  } finally {
    await client.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(2);
  },
);
