// Storage keys: random, unguessable, and free of anything a person typed, so
// a file name can never choose where its bytes land.
import { randomBytes } from "node:crypto";

/** Objects that belong to a committed revision. */
export const FINAL_PREFIX = "objetos/";
/** Uploads in progress; moved to FINAL_PREFIX only once accepted. */
export const TEMP_PREFIX = "tmp/";

const KEY_PATTERN = /^(objetos|tmp)\/[0-9a-f]{2}\/[0-9a-f]{40}$/;

function randomName(): string {
  const hex = randomBytes(21).toString("hex");
  return `${hex.slice(0, 2)}/${hex.slice(2)}`;
}

export function newFinalKey(): string {
  return FINAL_PREFIX + randomName();
}

export function newTempKey(): string {
  return TEMP_PREFIX + randomName();
}

/** Defence in depth for the disk backend: only keys this module could have made. */
export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Clave de almacenamiento inválida: ${JSON.stringify(key)}`);
}
