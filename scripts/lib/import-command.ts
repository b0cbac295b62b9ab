// The frame of the `npm run import:*` commands: the file named on the command
// line (relative to where the person typed it), the database (DATABASE_URL
// or the embedded one, as the owner role), and the exit code. A refused file
// (AppError) prints its message and each problem with its place, exit 1.
import path from "node:path";
import { resolveDatabase } from "@/lib/db/embedded-server";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";

/** npm runs scripts from the project root; INIT_CWD is where the person typed the command. */
export function argumentPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** The import against the database; 0, or 1 when the file was refused. */
export async function withImportDatabase(work: (client: Db) => Promise<void>): Promise<number> {
  const database = await resolveDatabase();
  const client = createPrismaClient(database.url, { asAppRole: false });
  try {
    await work(client);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`✖ ${error.message}`);
    for (const [where, messages] of Object.entries(error.fieldErrors ?? {})) console.error(`  ${where}: ${messages.join("; ")}`);
    return 1;
  } finally {
    await client.$disconnect();
    await database.stop();
  }
}

/** Runs the command and exits with its code; anything unexpected is printed in one line, exit 1. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
