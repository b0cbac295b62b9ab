// NIT (Número de Identificación Tributaria) with its DIAN check digit, e.g.
// 890907317-2. Checking the digit catches most typos before they become a
// second entity for the same body.
const WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/** DIAN "módulo 11" check digit of the base number (digits only). */
export function nitCheckDigit(base: string): number {
  const digits = [...base].reverse().map(Number);
  const sum = digits.reduce((total, digit, i) => total + digit * WEIGHTS[i]!, 0);
  const remainder = sum % 11;
  return remainder > 1 ? 11 - remainder : remainder;
}

/** "890.907.317 - 2" → "890907317-2": people copy NITs with dots and spaces. */
export function normalizeNit(value: string): string {
  return value.replace(/[.\s]/g, "");
}

export const NIT_PATTERN = /^(\d{6,15})-(\d)$/;

export function hasValidCheckDigit(nit: string): boolean {
  const match = NIT_PATTERN.exec(nit);
  return Boolean(match && nitCheckDigit(match[1]!) === Number(match[2]));
}
