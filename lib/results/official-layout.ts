// The columns of Función Pública's results workbook
// (Resultados_vigXXXX_<alcance>.xlsx): two title rows, the header on row 3,
// one row per entity. Columns are recognised by their header text, so extra
// or reordered columns do not break an import.
import { POLICY_CODES, type PolicyCode } from "@/lib/members/policy-names";

export { POLICY_CODES, type PolicyCode };

export const DIMENSION_KEYS = ["d1", "d2", "d3", "d4", "d5", "d6", "d7"] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

export type IdentityField =
  | "sigepCode"
  | "entityName"
  | "legalNature"
  | "orden"
  | "sector"
  | "departmentName"
  | "municipalityName"
  | "municipalityCode"
  | "peerGroup"
  | "formType"
  | "idi";

/** Header text (normalised) → field. */
const IDENTITY_HEADERS: Record<string, IdentityField> = {
  "codigo sigep": "sigepCode",
  "cod sigep": "sigepCode",
  entidad: "entityName",
  "nombre entidad": "entityName",
  "naturaleza juridica": "legalNature",
  orden: "orden",
  sector: "sector",
  departamento: "departmentName",
  municipio: "municipalityName",
  "codigo dane": "municipalityCode",
  "codigo dane municipio": "municipalityCode",
  "grupo par": "peerGroup",
  "tipo formulario": "formType",
  "tipo de formulario": "formType",
  "indice de desempeno institucional": "idi",
  idi: "idi",
};

/** What a header cell means, or null for a column the import ignores. */
export type ColumnMeaning =
  | { kind: "identity"; field: IdentityField }
  | { kind: "dimension"; key: DimensionKey }
  | { kind: "policy"; code: PolicyCode }
  | { kind: "index"; code: string };

/** Lower case, no accents, single spaces: "Código  SIGEP" → "codigo sigep". */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function columnMeaning(header: string): ColumnMeaning | null {
  const text = normaliseHeader(header);
  const identity = IDENTITY_HEADERS[text];
  if (identity) return { kind: "identity", field: identity };
  const dimension = /^d([1-7])(?: |$)/.exec(text);
  if (dimension) return { kind: "dimension", key: `d${dimension[1]}` as DimensionKey };
  const policy = /^pol ?(\d{2})(?: |$)/.exec(text);
  if (policy && (POLICY_CODES as readonly string[]).includes(`POL${policy[1]}`)) return { kind: "policy", code: `POL${policy[1]}` as PolicyCode };
  const index = /^i ?(\d{2,3})(?: |$)/.exec(text);
  if (index) return { kind: "index", code: `I${index[1]}` };
  return null;
}

/** "A", "B", … "AA" for a 1-based column number, as Excel shows it. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Título del archivo: "… vigencia 2024 …" → 2024. */
export function vigenciaInTitle(text: string): number | null {
  const match = /vigencia\s*(\d{4})/i.exec(text);
  return match ? Number(match[1]) : null;
}

/** "Resultados_vig2024_nacion.xlsx" → "nacion"; otherwise territorio. */
export function scopeFromFileName(fileName: string): string {
  const match = /_(territorio|nacion|naci[oó]n)\b/i.exec(normaliseHeader(fileName).replace(/ /g, "_"));
  return match ? normaliseHeader(match[1]!) : "territorio";
}

/** Only MECI (control interno) is reported: per the form type, or because only POL19/D7 carry scores. */
export function isMeciOnly(formType: string | null, idi: number | null, policies: Record<string, number | null>): boolean {
  const form = normaliseHeader(formType ?? "");
  if (form.includes("meci") && !form.includes("mipg")) return true;
  if (idi !== null) return false;
  return policies.POL19 != null && POLICY_CODES.every((code) => code === "POL19" || policies[code] == null);
}
