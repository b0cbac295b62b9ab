// Locates the PostgreSQL server binaries (initdb, pg_ctl) on this machine.
// Debian does not put initdb on PATH (only wrappers such as pg_ctlcluster), so
// after PATH we look in /usr/lib/postgresql/<version>/bin, newest version first.
import { existsSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";

const DEBIAN_ROOT = "/usr/lib/postgresql";

export class MissingPostgresError extends Error {
  constructor() {
    super(
      [
        "No se encontraron los binarios del servidor PostgreSQL (initdb, pg_ctl).",
        "Instálelos con: sudo apt-get install -y postgresql",
        "o defina TEST_DATABASE_URL con un servidor PostgreSQL donde el usuario pueda crear bases de datos.",
        "/ PostgreSQL server binaries not found: install the Debian package `postgresql`",
        "(apt-get install -y postgresql) or set TEST_DATABASE_URL.",
      ].join("\n"),
    );
    this.name = "MissingPostgresError";
  }
}

function hasServerBinaries(dir: string): boolean {
  return existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"));
}

/** Version directories under /usr/lib/postgresql, highest first ("15" before "9.6"). */
function debianBinDirs(): string[] {
  if (!existsSync(DEBIAN_ROOT)) return [];
  return readdirSync(DEBIAN_ROOT)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    .map((name) => path.join(DEBIAN_ROOT, name, "bin"));
}

export function findPostgresBinDir(): string {
  const fromPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const found = [...fromPath, ...debianBinDirs()].find(hasServerBinaries);
  if (!found) throw new MissingPostgresError();
  // PATH may hold symlinks (/usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb):
  // use the real directory, where initdb, pg_ctl and postgres are guaranteed to match.
  return path.dirname(realpathSync(path.join(found, "initdb")));
}
