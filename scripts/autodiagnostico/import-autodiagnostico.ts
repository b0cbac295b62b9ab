// npm run import:autodiagnostico -- <libro.xlsx> --entity <código SIGEP> --vigencia <año> [--politica POLxx]
// Imports an official Función Pública autodiagnóstico workbook into an
// entity: the instrument, whole, and the scores and observations it contains
// into that entity's self-assessment of the vigencia. Works on DATABASE_URL,
// or the embedded database. Nothing is stored unless everything is.
import { resolveDatabase } from "@/lib/db/embedded-server";
import { createPrismaClient, setAppPrisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { ImportArgumentsError, readImportArguments } from "./read-import-arguments";
import { runImportCommand } from "./run-import-command";

async function main(): Promise<number> {
  // npm runs scripts from the project root; INIT_CWD is where the person typed the command.
  const args = readImportArguments(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  const database = await resolveDatabase();
  // The login role, as maintenance scripts use; every write still goes through
  // withScope, which switches to the app's role under the entity's row-level security.
  const client = createPrismaClient(database.url, { asAppRole: false });
  setAppPrisma(client);
  try {
    for (const line of await runImportCommand(args, client)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`✖ ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    setAppPrisma(undefined);
    await client.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ImportArgumentsError ? `✖ ${error.message}` : `\n✖ ${(error as Error).message}`);
    process.exit(1);
  },
);
