/**
 * FURAG module prefix (the letters of a question code: "PLA" in PLA200) →
 * MIPG policy POL01..POL19, for the 19 prefixes of the 2025 question bank.
 * Decided by reading the questions of each module (seed data: edit freely
 * when a new year's questionnaire changes its modules).
 *
 * Three modules belong to no policy and map to null: PER (perception of MIPG),
 * EMI (cross-cutting approaches: peace, gender, environment) and FIN (the
 * legal representative's sworn statement). POL04, POL10, POL12 and POL17 have
 * no module of their own in 2025.
 */

export const POLICY_CODES = [
  "POL01", "POL02", "POL03", "POL04", "POL05", "POL06", "POL07", "POL08", "POL09", "POL10",
  "POL11", "POL12", "POL13", "POL14", "POL15", "POL16", "POL17", "POL18", "POL19",
] as const;

export type PolicyCode = (typeof POLICY_CODES)[number];

export interface ModulePolicyMapping {
  readonly prefix: string;
  /** What the module is about, from its questions (Spanish, for screens). */
  readonly topic: string;
  readonly policyCode: PolicyCode | null;
  /** "uncertain" mappings are our reading of the questions, not an official table. */
  readonly certainty: "clear" | "uncertain";
}

function map(prefix: string, topic: string, policyCode: PolicyCode | null, certainty: "clear" | "uncertain" = "clear"): ModulePolicyMapping {
  return { prefix, topic, policyCode, certainty };
}

export const MODULE_POLICY_MAP: readonly ModulePolicyMapping[] = [
  map("PER", "Percepción sobre MIPG", null),
  map("PLA", "Planeación institucional (direccionamiento estratégico, grupos de valor)", "POL03"),
  map("GTH", "Gestión estratégica del talento humano (plan estratégico, vacantes, OPEC)", "POL01"),
  map("INT", "Integridad (código de integridad, conflictos de interés)", "POL02"),
  // Planta de personal, manual de funciones, procesos, rediseño institucional.
  map("FOR", "Fortalecimiento organizacional y simplificación de procesos", "POL06"),
  // Also holds the MSPI questions (GDI231-GDI240), which MinTIC measures inside Gobierno Digital.
  map("GDI", "Gobierno digital (TI, datos, interoperabilidad, MSPI)", "POL07"),
  map("SDI", "Seguridad digital (ciberseguridad)", "POL08"),
  map("DJU", "Defensa jurídica (daño antijurídico, conciliación)", "POL09"),
  map("SEC", "Servicio a la ciudadanía", "POL11"),
  map("PCI", "Participación ciudadana en la gestión pública", "POL13"),
  map("SYE", "Seguimiento y evaluación del desempeño institucional", "POL14"),
  // Riesgos de corrupción, acceso a la información, programas de transparencia y ética.
  map("TRA", "Transparencia, acceso a la información y lucha contra la corrupción", "POL15"),
  map("GDO", "Gestión documental", "POL16"),
  map("GCI", "Gestión del conocimiento y la innovación", "POL18"),
  // CIN covers the control environment, risk management, accounting control and
  // communication: the MECI components evaluated under Control Interno.
  map("CIN", "Control interno", "POL19"),
  // THI asks for workforce figures (ethnic groups, disability, training, unions, the
  // head of HR): information about talento humano, probably feeding POL01. Uncertain.
  map("THI", "Información de talento humano (caracterización de servidores)", "POL01", "uncertain"),
  // EMI: peace building, gender violence, environmental management. Cross-cutting
  // approaches, not one of the 19 policies; left unmapped on purpose. Uncertain.
  map("EMI", "Enfoques transversales (paz, género, gestión ambiental)", null, "uncertain"),
  map("FIN", "Declaración final del representante legal", null),
  map("CCP", "Compras y contratación pública (plan anual de adquisiciones, SECOP)", "POL05"),
];

const BY_PREFIX = new Map(MODULE_POLICY_MAP.map((m) => [m.prefix, m]));

/** The mapping of a module prefix; undefined for a prefix not in the table (e.g. a new year's module). */
export function findModuleMapping(prefix: string): ModulePolicyMapping | undefined {
  return BY_PREFIX.get(prefix.toUpperCase());
}

/** The policy a module's questions belong to; null when none (or unknown prefix). */
export function policyCodeForModule(prefix: string): PolicyCode | null {
  return findModuleMapping(prefix)?.policyCode ?? null;
}
