// Three people per entity (planeación, responsable of every policy, lector),
// the departmental advisor of the 125-alcaldía department and the platform
// operator. One password hash for all: hashing 18,000 times with argon2
// would take most of the seed's budget and prove nothing.
import type pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { ADVISOR_DEPARTMENT, type BenchEntity } from "./national-entities";
import { bulkInsert, SEEDED_AT } from "./bulk-insert";
import type { Random } from "./prng";

export const BENCH_PASSWORD = "Faro-Bench-2026";
export const BENCH_ROLES = [
  { role: "PLANEACION", slug: "planeacion" },
  { role: "RESPONSABLE", slug: "responsable" },
  { role: "LECTOR", slug: "lector" },
] as const;
const POLICY_CODES = Array.from({ length: 19 }, (_, i) => `POL${String(i + 1).padStart(2, "0")}`);

export const benchEmail = (slug: string, entity: { index: number }) => `${slug}.${entity.index}@bench.faro.co`;
export const BENCH_ADVISOR_EMAIL = `asesor.${ADVISOR_DEPARTMENT}@bench.faro.co`;

export type BenchPeople = { userIdOf: Map<string, string> };

export async function seedPeople(client: pg.ClientBase, random: Random, entities: BenchEntity[]): Promise<{ users: number; userIdOf: Map<string, string> }> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const users: unknown[][] = [];
  const memberships: unknown[][] = [];
  const assignments: unknown[][] = [];
  const userIdOf = new Map<string, string>();
  for (const entity of entities) {
    for (const { role, slug } of BENCH_ROLES) {
      const userId = random.uuid();
      const membershipId = random.uuid();
      const email = benchEmail(slug, entity);
      userIdOf.set(email, userId);
      users.push([userId, email, `${slug === "planeacion" ? "Planeación" : slug === "responsable" ? "Responsable" : "Lector"} ${entity.index}`, hash, false, SEEDED_AT]);
      memberships.push([membershipId, entity.id, userId, role]);
      if (role === "RESPONSABLE") for (const code of POLICY_CODES) assignments.push([random.uuid(), entity.id, membershipId, code]);
    }
  }
  const advisorId = random.uuid();
  users.push([advisorId, BENCH_ADVISOR_EMAIL, "Asesora departamental de Antioquia", hash, false, SEEDED_AT]);
  users.push([random.uuid(), "operador@bench.faro.co", "Operador de la plataforma", hash, true, SEEDED_AT]);
  userIdOf.set(BENCH_ADVISOR_EMAIL, advisorId);

  await bulkInsert(client, "users", [
    { name: "id", type: "uuid" },
    { name: "email", type: "text" },
    { name: "name", type: "text" },
    { name: "password_hash", type: "text" },
    { name: "is_superadmin", type: "boolean" },
    { name: "updated_at", type: "timestamptz" },
  ], users);
  await bulkInsert(client, "memberships", [
    { name: "id", type: "uuid" },
    { name: "entity_id", type: "uuid" },
    { name: "user_id", type: "uuid" },
    { name: "role", type: '"MemberRole"' },
  ], memberships);
  await bulkInsert(client, "policy_assignments", [
    { name: "id", type: "uuid" },
    { name: "entity_id", type: "uuid" },
    { name: "membership_id", type: "uuid" },
    { name: "policy_code", type: "text" },
  ], assignments);
  await client.query(`INSERT INTO advisor_territories (id, user_id, department_code) VALUES ($1, $2, $3)`, [random.uuid(), advisorId, ADVISOR_DEPARTMENT]);
  return { users: users.length, userIdOf };
}
