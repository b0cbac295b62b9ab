// Reads a backup file line by line (gunzip stream), handing each tagged line
// to the caller: the file is never loaded whole.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, LINE, type BackupHeader } from "./backup-format";

export type BackupLine = { tag: string; body: string };

export async function* readBackupLines(file: string): AsyncGenerator<BackupLine> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line) yield { tag: line[0]!, body: line.slice(1) };
  }
}

export function parseHeader(line: BackupLine | undefined): BackupHeader {
  const header = line?.tag === LINE.header ? (JSON.parse(line.body) as BackupHeader) : null;
  if (header?.format !== BACKUP_FORMAT) throw new Error("El archivo no es una copia de seguridad de Faro MIPG.");
  if (header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new Error(`La copia usa el formato ${header.formatVersion}; esta versión de Faro MIPG solo lee hasta el ${BACKUP_FORMAT_VERSION}. Actualice la aplicación.`);
  }
  return header;
}
