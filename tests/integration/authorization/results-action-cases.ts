// Authorization cases of the official results feature, spread into ROUTE_CASES
// (tests/integration/authorization/action-cases.ts). The import route is the
// platform operator's: every entity role gets 403, no session 401. This suite
// sends JSON, which the operator gets back as 422; real uploads are in
// official-results-route.test.ts.
import type { RouteCase } from "./action-cases";

export const RESULTS_ROUTE_CASES: RouteCase[] = [
  { file: "app/api/plataforma/resultados/route.ts", access: "platform", method: "POST", body: () => ({ kind: "RESULTADOS", vigencia: 2025 }) },
];
