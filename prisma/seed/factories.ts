// Factories that make tenants and people. The demo seed and the tests use the
// same ones, so what the tests exercise is what the demo shows.
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db/prisma";
import type { EntityType, MemberRole, MunicipalCategory } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";

export type EntityInput = {
  name: string;
  nit?: string;
  sigepCode?: string;
  type: EntityType;
  departmentCode: string;
  departmentName: string;
  municipalityCode?: string | null;
  municipalityName?: string | null;
  municipalCategory?: MunicipalCategory | null;
  peerGroup?: string | null;
};

function uniqueDigits(length: number): string {
  return BigInt(`0x${randomUUID().replace(/-/g, "")}`).toString().slice(0, length);
}

export function createEntity(db: DbClient, input: EntityInput) {
  return db.entity.create({
    data: { ...input, nit: input.nit ?? `9${uniqueDigits(8)}-1`, sigepCode: input.sigepCode ?? uniqueDigits(6) },
  });
}

export type UserInput = { email?: string; name?: string; password?: string | null; isSuperadmin?: boolean };

export async function createUser(db: DbClient, input: UserInput = {}) {
  const email = (input.email ?? `persona-${randomUUID()}@pruebas.faro.co`).toLowerCase();
  return db.user.create({
    data: {
      email,
      name: input.name ?? "Persona de prueba",
      passwordHash: input.password ? await hashPassword(input.password) : null,
      isSuperadmin: input.isSuperadmin ?? false,
    },
  });
}

export function addMembership(db: DbClient, userId: string, entityId: string, role: MemberRole) {
  return db.membership.create({ data: { userId, entityId, role } });
}

export function addAdvisorTerritory(db: DbClient, userId: string, departmentCode: string) {
  return db.advisorTerritory.create({ data: { userId, departmentCode } });
}
