// Evidence metadata for the entities with autodiagnósticos: evidences, their
// revisions, file rows (storage key, sha256, size, type), some web links and
// links to the activities they support. METADATA ONLY: no object exists
// behind the storage keys, so downloads and the integrity check report the
// files as missing on this dataset. No control interno verdicts are seeded
// (the bench entities have no control interno person): every evidence waits
// for review, which is the review queue's worst case.
import type pg from "pg";
import { bulkInsert, SEEDED_AT } from "./bulk-insert";
import type { BenchEntity } from "./national-entities";
import type { Random } from "./prng";
import type { SeededAssessment } from "./seed-assessments";

/** Per entity and vigencia: a committee-sized archive, ~1 evidence per 8 activities. */
export const EVIDENCES_PER_VIGENCIA = 30;
const FILE_TYPES = [
  { mediaType: "application/pdf", ext: "pdf", weight: 6 },
  { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx", weight: 2 },
  { mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx", weight: 1 },
  { mediaType: "image/jpeg", ext: "jpg", weight: 1 },
];
const TITLES = ["Acta de comité", "Informe de seguimiento", "Resolución de adopción", "Plan de trabajo aprobado", "Registro de asistencia", "Matriz de riesgos", "Procedimiento documentado"];

type Rows = { evidences: unknown[][]; revisions: unknown[][]; files: unknown[][]; urls: unknown[][]; links: unknown[][] };

function hexOf(random: Random, length: number): string {
  let out = "";
  while (out.length < length) out += random.int(0, 0xffff).toString(16).padStart(4, "0");
  return out.slice(0, length);
}

function fileRow(random: Random, entityId: string, revisionId: string, name: string): unknown[] {
  const pool = FILE_TYPES.flatMap((t) => Array<(typeof FILE_TYPES)[number]>(t.weight).fill(t));
  const type = random.pick(pool);
  const storageKey = `objetos/${hexOf(random, 2)}/${hexOf(random, 40)}`;
  return [random.uuid(), entityId, revisionId, storageKey, `${name}.${type.ext}`, type.mediaType, random.int(20_000, 8_000_000), hexOf(random, 64), SEEDED_AT];
}

function evidenceOf(random: Random, rows: Rows, entity: BenchEntity, ownerId: string, vigencia: number, list: SeededAssessment[], n: number) {
  const assessment = random.pick(list);
  const evidenceId = random.uuid();
  const title = `${random.pick(TITLES)} ${n} — ${assessment.policyCode} ${vigencia}`;
  const revisionCount = random.next() < 0.25 ? 2 : 1;
  const month = random.int(1, 12);
  const validUntil = random.next() < 0.2 ? `${vigencia + random.int(0, 2)}-12-31` : null;
  const ownerName = `Responsable ${entity.index}`;
  rows.evidences.push([evidenceId, entity.id, vigencia, title, null, `${vigencia}-${String(month).padStart(2, "0")}-15`, ownerId, assessment.policyCode, validUntil, revisionCount, ownerId, SEEDED_AT, SEEDED_AT, SEEDED_AT]);
  let kept: unknown[] | null = null;
  for (let number = 1; number <= revisionCount; number++) {
    const revisionId = random.uuid();
    rows.revisions.push([revisionId, entity.id, evidenceId, number, number > 1 ? "Se agrega el soporte firmado." : null, ownerId, ownerName, SEEDED_AT]);
    // A new revision keeps the previous one's first file (same object, as the app does) and adds one.
    if (kept) rows.files.push([random.uuid(), entity.id, revisionId, ...kept.slice(3)]);
    const fresh = number === 1 ? random.int(1, 2) : 1;
    for (let f = 0; f < fresh; f++) {
      const row = fileRow(random, entity.id, revisionId, `soporte-${n}-${number}-${f + 1}`);
      rows.files.push(row);
      kept ??= row;
    }
    if (number === 1 && random.next() < 0.2) rows.urls.push([random.uuid(), entity.id, revisionId, `https://www.entidad${entity.index}.gov.co/transparencia/${vigencia}/${n}`]);
  }
  const activities = new Set<string>();
  const wanted = random.int(1, 3);
  while (activities.size < Math.min(wanted, assessment.activityIds.length)) activities.add(random.pick(assessment.activityIds));
  for (const activityId of activities) {
    rows.links.push([random.uuid(), entity.id, evidenceId, "ACTIVITY", assessment.assessmentId, activityId, assessment.policyCode, ownerId, SEEDED_AT]);
  }
}

export async function seedEvidence(client: pg.ClientBase, random: Random, assessed: BenchEntity[], seeded: SeededAssessment[], ownerOf: (e: BenchEntity) => string) {
  const byEntityVigencia = new Map<string, SeededAssessment[]>();
  for (const a of seeded) byEntityVigencia.set(`${a.entityId}:${a.vigencia}`, [...(byEntityVigencia.get(`${a.entityId}:${a.vigencia}`) ?? []), a]);
  const rows: Rows = { evidences: [], revisions: [], files: [], urls: [], links: [] };
  const entityById = new Map(assessed.map((e) => [e.id, e]));
  for (const list of byEntityVigencia.values()) {
    const entity = entityById.get(list[0]!.entityId)!;
    for (let n = 1; n <= EVIDENCES_PER_VIGENCIA; n++) evidenceOf(random, rows, entity, ownerOf(entity), list[0]!.vigencia, list, n);
  }
  const uuid = (name: string) => ({ name, type: "uuid" });
  const text = (name: string) => ({ name, type: "text" });
  const at = (name: string) => ({ name, type: "timestamptz" });
  await bulkInsert(client, "evidences", [uuid("id"), uuid("entity_id"), { name: "vigencia", type: "int" }, text("title"), text("description"), { name: "document_date", type: "date" }, uuid("owner_id"), text("policy_code"), { name: "valid_until", type: "date" }, { name: "current_revision", type: "int" }, uuid("created_by_id"), at("pending_since"), at("created_at"), at("updated_at")], rows.evidences);
  await bulkInsert(client, "evidence_revisions", [uuid("id"), uuid("entity_id"), uuid("evidence_id"), { name: "number", type: "int" }, text("note"), uuid("created_by_id"), text("created_by_name"), at("created_at")], rows.revisions);
  await bulkInsert(client, "evidence_files", [uuid("id"), uuid("entity_id"), uuid("revision_id"), text("storage_key"), text("original_name"), text("media_type"), { name: "size_bytes", type: "int" }, text("sha256"), at("created_at")], rows.files);
  await bulkInsert(client, "evidence_urls", [uuid("id"), uuid("entity_id"), uuid("revision_id"), text("url")], rows.urls);
  await bulkInsert(client, "evidence_links", [uuid("id"), uuid("entity_id"), uuid("evidence_id"), { name: "target_kind", type: '"EvidenceTargetKind"' }, uuid("target_id"), text("target_sub_id"), text("policy_code"), uuid("created_by_id"), at("created_at")], rows.links);
  return { evidences: rows.evidences.length, revisions: rows.revisions.length, files: rows.files.length, links: rows.links.length };
}
