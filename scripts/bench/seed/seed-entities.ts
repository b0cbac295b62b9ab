// Loads the generated roster into `entities`.
import type pg from "pg";
import { bulkInsert, SEEDED_AT } from "./bulk-insert";
import type { BenchEntity } from "./national-entities";

export function seedEntities(client: pg.ClientBase, entities: BenchEntity[]): Promise<number> {
  return bulkInsert(
    client,
    "entities",
    [
      { name: "id", type: "uuid" },
      { name: "name", type: "text" },
      { name: "nit", type: "text" },
      { name: "sigep_code", type: "text" },
      { name: "type", type: '"EntityType"' },
      { name: "department_code", type: "text" },
      { name: "department_name", type: "text" },
      { name: "municipality_code", type: "text" },
      { name: "municipality_name", type: "text" },
      { name: "municipal_category", type: '"MunicipalCategory"' },
      { name: "shares_with_advisor", type: "boolean" },
      { name: "updated_at", type: "timestamptz" },
    ],
    entities.map((e) => [e.id, e.name, e.nit, e.sigepCode, e.type, e.departmentCode, e.departmentName, e.municipalityCode, e.municipalityName, e.municipalCategory, e.sharesWithAdvisor, SEEDED_AT]),
  );
}
