// Imports a parsed results workbook for one vigencia in one transaction:
// the previous import of the same vigencia and scope is replaced (its rows
// deleted, the import row kept as history), rows are linked to platform
// entities by código SIGEP, and the rest stay as reference data. Inserts are
// multi-row (unnest of arrays) so 6,000 entities × 19 policies take seconds.
// The vigencia's grupo par statistics are recomputed before it commits.
import { createHash, randomUUID } from "node:crypto";
import { withSystem } from "@/lib/db/context";
import type { Db, DbClient } from "@/lib/db/prisma";
import { ConflictError, ValidationError } from "@/lib/errors/app-error";
import { departmentCodeOf } from "./department-codes";
import { POLICY_CODES } from "./official-layout";
import { parseResultsWorkbook, type ParsedResultRow } from "./parse-results-workbook";
import { refreshPeerStats } from "./peer-stats";
import type { ResultsUpload } from "./results-upload-schema";

export type ImportSummary = {
  importId: string;
  kind: "RESULTADOS" | "RECOMENDACIONES";
  vigencia: number;
  scope: string;
  rowCount: number;
  /** Rows linked to an entity of the platform. */
  matchedCount: number;
  /** Rows of entities not in the platform, kept for peer comparison. */
  referenceCount: number;
  meciOnlyCount: number;
  /** Rows of the previous import of this vigencia and scope that were replaced. */
  replacedCount: number;
};

export type ResultsFile = Pick<ResultsUpload, "vigencia" | "scope"> & { fileName: string; bytes: Uint8Array };

const CHUNK = 1000;
/** A national file inserts ~120,000 rows: measured 2-7 s, but a busy 2-core server must not abort it at the usual 15 s. */
export const IMPORT_TRANSACTION = { timeout: 120_000 };

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Ends the previous import of this vigencia/kind/scope: its rows go, the import row stays as history. */
export async function supersedePrevious(db: DbClient, kind: ImportSummary["kind"], vigencia: number, scope: string): Promise<number> {
  const previous = await db.resultsImport.findMany({ where: { vigencia, kind, scope, supersededAt: null }, select: { id: true } });
  if (previous.length === 0) return 0;
  const ids = previous.map((p) => p.id);
  const deleted =
    kind === "RESULTADOS"
      ? await db.officialEntityResult.deleteMany({ where: { importId: { in: ids } } })
      : await db.officialRecommendation.deleteMany({ where: { importId: { in: ids } } });
  await db.resultsImport.updateMany({ where: { id: { in: ids } }, data: { supersededAt: new Date() } });
  return deleted.count;
}

/** Platform entity id by código SIGEP, for the codes in the file. */
export async function entitiesBySigep(db: DbClient, sigepCodes: string[]) {
  const entities = await db.entity.findMany({
    where: { sigepCode: { in: sigepCodes } },
    select: { id: true, sigepCode: true, departmentCode: true, municipalityCode: true },
  });
  return new Map(entities.map((e) => [e.sigepCode, e]));
}

async function refuseOtherScopeDuplicates(db: DbClient, vigencia: number, sigepCodes: string[]) {
  const clashes = await db.officialEntityResult.findMany({
    where: { vigencia, sigepCode: { in: sigepCodes } },
    select: { sigepCode: true, import: { select: { scope: true } } },
    take: 5,
  });
  if (clashes.length === 0) return;
  throw new ConflictError(
    `Los códigos SIGEP ${clashes.map((c) => c.sigepCode).join(", ")} ya tienen resultados de la vigencia ${vigencia} en el archivo de alcance «${clashes[0]!.import.scope}». Una entidad solo puede estar en un archivo por vigencia.`,
  );
}

async function insertRows(db: DbClient, importId: string, vigencia: number, rows: ParsedResultRow[], linked: Awaited<ReturnType<typeof entitiesBySigep>>) {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const ids = chunk.map(() => randomUUID());
    const entity = chunk.map((r) => linked.get(r.sigepCode));
    const col = <T>(pick: (r: ParsedResultRow, i: number) => T) => chunk.map(pick);
    await db.$executeRaw`
      INSERT INTO "official_entity_results" (id, import_id, vigencia, sigep_code, entity_id, entity_name, legal_nature, orden, sector,
        department_code, department_name, municipality_code, municipality_name, peer_group, form_type, meci_only,
        idi, d1, d2, d3, d4, d5, d6, d7, index_scores)
      SELECT u.id, ${importId}::uuid, ${vigencia}::int, u.sigep, u.entity_id, u.name, u.nature, u.orden, u.sector,
        u.dep_code, u.dep_name, u.mun_code, u.mun_name, u.peer, u.form, u.meci,
        u.idi, u.d1, u.d2, u.d3, u.d4, u.d5, u.d6, u.d7, u.idx::jsonb
      FROM unnest(
        ${ids}::uuid[], ${col((r) => r.sigepCode)}::text[], ${col((_r, i) => entity[i]?.id ?? null)}::uuid[], ${col((r) => r.entityName)}::text[],
        ${col((r) => r.legalNature)}::text[], ${col((r) => r.orden)}::text[], ${col((r) => r.sector)}::text[],
        ${col((r, i) => entity[i]?.departmentCode ?? departmentCodeOf(r.departmentName))}::text[], ${col((r) => r.departmentName)}::text[],
        ${col((r, i) => r.municipalityCode ?? entity[i]?.municipalityCode ?? null)}::text[], ${col((r) => r.municipalityName)}::text[],
        ${col((r) => r.peerGroup)}::text[], ${col((r) => r.formType)}::text[], ${col((r) => r.meciOnly)}::boolean[],
        ${col((r) => r.idi)}::float8[], ${col((r) => r.dimensions.d1)}::float8[], ${col((r) => r.dimensions.d2)}::float8[],
        ${col((r) => r.dimensions.d3)}::float8[], ${col((r) => r.dimensions.d4)}::float8[], ${col((r) => r.dimensions.d5)}::float8[],
        ${col((r) => r.dimensions.d6)}::float8[], ${col((r) => r.dimensions.d7)}::float8[], ${col((r) => JSON.stringify(r.indices))}::text[]
      ) AS u(id, sigep, entity_id, name, nature, orden, sector, dep_code, dep_name, mun_code, mun_name, peer, form, meci,
             idi, d1, d2, d3, d4, d5, d6, d7, idx)`;
    // 19 scores per result, flattened: the ids go once, not once per score.
    const scores = chunk.flatMap((r) => POLICY_CODES.map((code) => r.policies[code]));
    await db.$executeRaw`
      INSERT INTO "official_policy_scores" (result_id, policy_code, score)
      SELECT ids[i], codes[k], scores[(i - 1) * ${POLICY_CODES.length}::int + k]
      FROM (SELECT ${ids}::uuid[] AS ids, ${[...POLICY_CODES]}::text[] AS codes, ${scores}::float8[] AS scores) AS input,
        generate_subscripts(input.ids, 1) AS i, generate_subscripts(input.codes, 1) AS k`;
  }
}

export async function importResultsWorkbook(userId: string | null, file: ResultsFile, client?: Db): Promise<ImportSummary> {
  const parsed = await parseResultsWorkbook(file.bytes);
  if (parsed.titleVigencia !== null && parsed.titleVigencia !== file.vigencia) {
    throw new ValidationError(`El título del archivo dice vigencia ${parsed.titleVigencia}, pero eligió la vigencia ${file.vigencia}.`, {
      vigencia: [`El archivo es de la vigencia ${parsed.titleVigencia}.`],
    });
  }
  const { rows } = parsed;
  const sigepCodes = rows.map((r) => r.sigepCode);
  return withSystem(
    userId,
    async (db) => {
      const replacedCount = await supersedePrevious(db, "RESULTADOS", file.vigencia, file.scope);
      await refuseOtherScopeDuplicates(db, file.vigencia, sigepCodes);
      const linked = await entitiesBySigep(db, sigepCodes);
      const matchedCount = rows.filter((r) => linked.has(r.sigepCode)).length;
      const meciOnlyCount = rows.filter((r) => r.meciOnly).length;
      const record = await db.resultsImport.create({
        data: {
          vigencia: file.vigencia,
          kind: "RESULTADOS",
          scope: file.scope,
          fileName: file.fileName.slice(0, 255),
          sha256: sha256Of(file.bytes),
          rowCount: rows.length,
          matchedCount,
          meciOnlyCount,
          columnLabels: parsed.columnLabels,
          importedById: userId,
        },
        select: { id: true },
      });
      await insertRows(db, record.id, file.vigencia, rows, linked);
      // Derived grupo par figures change with the rows, in the same transaction.
      await refreshPeerStats(db, file.vigencia);
      return {
        importId: record.id,
        kind: "RESULTADOS" as const,
        vigencia: file.vigencia,
        scope: file.scope,
        rowCount: rows.length,
        matchedCount,
        referenceCount: rows.length - matchedCount,
        meciOnlyCount,
        replacedCount,
      };
    },
    client,
    IMPORT_TRANSACTION,
  );
}
