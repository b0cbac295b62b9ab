// Gives the integration tests a PostgreSQL server. `npm test` starts one and
// passes TEST_DATABASE_URL; a bare `npm run test:integration` (or vitest in an
// editor) gets a throwaway cluster here, stopped and deleted at the end.
import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "@/scripts/test/postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("testDatabaseUrl", given);
    return undefined;
  }
  const cluster = await startPostgresCluster((line) => console.log(`[postgres] ${line}`));
  project.provide("testDatabaseUrl", cluster.url);
  return () => cluster.stop();
}
