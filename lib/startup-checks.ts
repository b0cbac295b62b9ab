import { assertAuthSecret } from "@/lib/auth/auth-secret";
import { requireDatabaseUrl } from "@/lib/db/database-url";
import { checkDatabase } from "@/lib/db/status";

function fail(message: string): never {
  console.error(`\n✖ Faro MIPG no puede iniciar / cannot start:\n  ${message}\n`);
  process.exit(1);
}

export async function runStartupChecks(): Promise<void> {
  const production = process.env.NODE_ENV === "production";
  try {
    assertAuthSecret();
    const status = await checkDatabase(requireDatabaseUrl());
    if (!status.ok) throw new Error(status.reason);
  } catch (error) {
    const message = (error as Error).message;
    // In development the server keeps running so the developer can fix it live.
    if (production) fail(message);
    console.warn(`⚠ ${message}`);
  }
}
