// One case per server action of the app. The suite fails when an action
// exists without a case here, so every new action is checked for tenant
// isolation and for the permission table.
import type { Action } from "@/lib/authz/permissions";
import type { Side, TenantFixture } from "./tenant-fixture";

export type EntityActionCase = {
  kind: "entity";
  file: string;
  name: string;
  permission: Action;
  /** A valid input for an action by `actor`'s side on `target`'s rows. */
  input(f: TenantFixture, target: Side): unknown | Promise<unknown>;
  /** Optional: the actor's own entity id with child ids of the other entity. */
  mixedInput?(f: TenantFixture): unknown | Promise<unknown>;
};

export type UserActionCase = {
  kind: "user";
  file: string;
  name: string;
  /** A valid input for the signed-in person. */
  input(f: TenantFixture): unknown;
};

export type PlatformActionCase = {
  kind: "platform";
  file: string;
  name: string;
  input(f: TenantFixture): unknown;
};

export type PublicActionCase = {
  kind: "public";
  file: string;
  name: string;
  /** Why it needs no session (e.g. it consumes a one-time link). */
  reason: string;
};

export type ActionCase = EntityActionCase | UserActionCase | PlatformActionCase | PublicActionCase;

export const ACTION_CASES: ActionCase[] = [];

export type RouteCase = { file: string; access: "public" | "entity"; note: string };

export const ROUTE_CASES: RouteCase[] = [
  { file: "app/api/auth/[...nextauth]/route.ts", access: "public", note: "next-auth: sign-in and session endpoints" },
  { file: "app/api/health/route.ts", access: "public", note: "health probe: reveals only db/migration state" },
];
