// Integrity check: every stored file must still hash to the SHA-256 recorded
// when it was uploaded. Reports missing and altered files (by evidence), and,
// for a whole-platform run, objects in storage that no row refers to.
import { createHash } from "node:crypto";
import type { DbClient } from "@/lib/db/prisma";
import type { ObjectStorage } from "./storage/object-storage";
import { FINAL_PREFIX } from "./storage/random-key";

export type IntegrityProblem = {
  kind: "missing" | "altered";
  storageKey: string;
  originalName: string;
  evidenceId: string;
  evidenceTitle: string;
  entityId: string;
  expectedSha256: string;
  actualSha256: string | null;
};

export type IntegrityReport = { checkedFiles: number; okFiles: number; problems: IntegrityProblem[]; unreferencedObjects: string[] | null; checkedAt: Date };

async function hashObject(storage: ObjectStorage, key: string): Promise<string | null> {
  const body = await storage.get(key);
  if (!body) return null;
  const hash = createHash("sha256");
  for await (const chunk of body) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * `db` is a tenant transaction (one entity's files) or a system one (all).
 * `includeUnreferenced`: also list objects without a row (platform runs only).
 */
export async function verifyIntegrity(db: DbClient, storage: ObjectStorage, options: { entityId?: string; includeUnreferenced?: boolean } = {}): Promise<IntegrityReport> {
  const files = await db.evidenceFile.findMany({
    where: options.entityId ? { entityId: options.entityId } : {},
    orderBy: { createdAt: "asc" },
    select: { storageKey: true, sha256: true, originalName: true, entityId: true, revision: { select: { evidence: { select: { id: true, title: true } } } } },
  });
  // Revisions that keep a file share its object: check each object once.
  const byKey = new Map<string, (typeof files)[number]>();
  for (const file of files) if (!byKey.has(file.storageKey)) byKey.set(file.storageKey, file);
  const problems: IntegrityProblem[] = [];
  for (const [key, file] of byKey) {
    const actual = await hashObject(storage, key);
    if (actual === file.sha256) continue;
    problems.push({
      kind: actual === null ? "missing" : "altered",
      storageKey: key,
      originalName: file.originalName,
      evidenceId: file.revision.evidence.id,
      evidenceTitle: file.revision.evidence.title,
      entityId: file.entityId,
      expectedSha256: file.sha256,
      actualSha256: actual,
    });
  }
  let unreferencedObjects: string[] | null = null;
  if (options.includeUnreferenced) {
    unreferencedObjects = (await storage.listKeys(FINAL_PREFIX)).filter((key) => !byKey.has(key));
  }
  return { checkedFiles: byKey.size, okFiles: byKey.size - problems.length, problems, unreferencedObjects, checkedAt: new Date() };
}
