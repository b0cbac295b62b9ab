// The backup file: gzip-compressed text, one record per line, each line
// tagged by its first character so that row data is never parsed in Node
// (numbers, dates and JSON columns travel exactly as PostgreSQL wrote them):
//
//   H{"format":"faro-mipg-backup","formatVersion":1,"createdAt":…,"migrations":[…]}
//   T{"table":"entities"}          start of a table
//   R{…row_to_json of one row…}    one per row
//   E{"table":"entities","rows":3,"sha256":"…"}   end of a table
//   M{"tables":{"entities":{"rows":3,"sha256":"…"},…}}   the manifest, last line
export const BACKUP_FORMAT = "faro-mipg-backup";
export const BACKUP_FORMAT_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The schema version: the names of the applied migrations, in order. */
  migrations: string[];
};

export type TableDigest = { rows: number; sha256: string };
export type BackupManifest = { tables: Record<string, TableDigest> };

export const LINE = { header: "H", table: "T", row: "R", end: "E", manifest: "M" } as const;

/** Tables that are not data: the migration history is rebuilt by applying migrations. */
export const SKIPPED_TABLES = new Set(["_prisma_migrations"]);
