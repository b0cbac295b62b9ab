// Exposes the test server as TEST_DATABASE_URL inside every test worker, also
// when the global setup started the cluster itself (workers cannot see env
// vars set there, only values passed through provide/inject).
import { inject } from "vitest";

process.env.TEST_DATABASE_URL ??= inject("testDatabaseUrl");
