// The departmental table: one row per official result of the department's
// entities for one vigencia (entities on the platform or not).
export const POLICY_CODES = Array.from({ length: 19 }, (_, i) => `POL${String(i + 1).padStart(2, "0")}`);

export type DepartmentRow = {
  sigepCode: string;
  entityName: string;
  municipalityName: string | null;
  /** The platform entity, when the entity uses Faro. */
  entityId: string | null;
  /** Only control interno (MECI) is reported: no IDI, only POL19. */
  meciOnly: boolean;
  idi: number | null;
  /** Official policy index by POL code; null = does not apply. */
  scores: Record<string, number | null>;
  /** The policy (or policies, when tied) with the lowest official score. */
  lowest: { policyCodes: string[]; score: number } | null;
};

export type PolicyName = { code: string; name: string };
