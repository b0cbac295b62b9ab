// The 19 MIPG policies by their stable POL code, as Función Pública numbers
// them in the official results. The code is the same in every catalog
// version, so assignments made here survive a change of catalog version;
// names are short enough for a checkbox label.
export const POLICY_NAMES = {
  POL01: "Gestión Estratégica del Talento Humano",
  POL02: "Integridad",
  POL03: "Planeación Institucional",
  POL04: "Gestión Presupuestal y Eficiencia del Gasto Público",
  POL05: "Compras y Contratación Pública",
  POL06: "Fortalecimiento Organizacional y Simplificación de Procesos",
  POL07: "Gobierno Digital",
  POL08: "Seguridad Digital",
  POL09: "Defensa Jurídica",
  POL10: "Mejora Normativa",
  POL11: "Servicio al Ciudadano",
  POL12: "Racionalización de Trámites",
  POL13: "Participación Ciudadana en la Gestión Pública",
  POL14: "Seguimiento y Evaluación del Desempeño Institucional",
  POL15: "Transparencia, Acceso a la Información Pública y Lucha contra la Corrupción",
  POL16: "Gestión Documental",
  POL17: "Gestión de la Información Estadística",
  POL18: "Gestión del Conocimiento y la Innovación",
  POL19: "Control Interno",
} as const;

export type PolicyCode = keyof typeof POLICY_NAMES;

export const POLICY_CODES = Object.keys(POLICY_NAMES) as [PolicyCode, ...PolicyCode[]];
