// The national roster, generated: every department (DANE codes) with its
// gobernación, asamblea and contraloría; 1,103 municipalities (Antioquia with
// its real 125) each with alcaldía, concejo and personería; the rest
// hospitals (ESE), institutes and companies spread over the municipalities,
// up to 6,000 entities. Names and NIT/SIGEP codes are synthetic and say so.
import { DANE_DEPARTMENTS } from "@/lib/platform/dane-departments";
import { nitCheckDigit } from "@/lib/platform/nit";
import type { Random } from "./prng";

export const ENTITY_COUNT = 6_000;
export const ADVISOR_DEPARTMENT = "05";
const MUNICIPALITIES = 1_103;
const ANTIOQUIA_MUNICIPALITIES = 125;
const CATEGORIES = ["ESPECIAL", "PRIMERA", "SEGUNDA", "TERCERA", "CUARTA", "QUINTA", "SEXTA"] as const;
const OTHER_TYPES = ["EMPRESA_SOCIAL_DEL_ESTADO", "EMPRESA_SOCIAL_DEL_ESTADO", "ESTABLECIMIENTO_PUBLICO", "EMPRESA_INDUSTRIAL_Y_COMERCIAL", "OTRA"] as const;
const TYPE_LABEL: Record<string, string> = {
  ALCALDIA: "Alcaldía de",
  CONCEJO: "Concejo Municipal de",
  PERSONERIA: "Personería de",
  GOBERNACION: "Gobernación de",
  ASAMBLEA: "Asamblea Departamental de",
  CONTRALORIA: "Contraloría Departamental de",
  EMPRESA_SOCIAL_DEL_ESTADO: "E.S.E. Hospital de",
  ESTABLECIMIENTO_PUBLICO: "Instituto de Deportes de",
  EMPRESA_INDUSTRIAL_Y_COMERCIAL: "Empresa de Servicios Públicos de",
  OTRA: "Fondo de Vivienda de",
};

export type BenchEntity = {
  id: string;
  index: number;
  name: string;
  nit: string;
  sigepCode: string;
  type: string;
  departmentCode: string;
  departmentName: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  municipalCategory: string | null;
  sharesWithAdvisor: boolean;
};

type Municipality = { code: string; name: string; departmentCode: string; category: string };

function municipalities(random: Random): Municipality[] {
  const departments = Object.keys(DANE_DEPARTMENTS).filter((d) => d !== "11" && d !== ADVISOR_DEPARTMENT);
  const counts = new Map<string, number>([[ADVISOR_DEPARTMENT, ANTIOQUIA_MUNICIPALITIES], ["11", 1]]);
  for (let i = 0; i < MUNICIPALITIES - ANTIOQUIA_MUNICIPALITIES - 1; i++) {
    const d = random.pick(departments);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const list: Municipality[] = [];
  for (const [departmentCode, count] of [...counts].sort()) {
    for (let n = 1; n <= count; n++) {
      const code = `${departmentCode}${String(n * 2 - 1).padStart(3, "0")}`;
      const name = departmentCode === "11" ? "Bogotá, D.C." : `Municipio ${code} (${DANE_DEPARTMENTS[departmentCode]})`;
      list.push({ code, name, departmentCode, category: departmentCode === "11" ? "ESPECIAL" : random.next() < 0.85 ? "SEXTA" : random.pick(CATEGORIES) });
    }
  }
  return list;
}

export function generateEntities(random: Random): BenchEntity[] {
  const entities: BenchEntity[] = [];
  const add = (type: string, departmentCode: string, place: string, m: Municipality | null) => {
    const index = entities.length + 1;
    entities.push({
      id: random.uuid(),
      index,
      name: `${TYPE_LABEL[type]} ${place}`,
      nit: `${800_000_000 + index}-${nitCheckDigit(String(800_000_000 + index))}`,
      sigepCode: `B${String(index).padStart(6, "0")}`,
      type,
      departmentCode,
      departmentName: DANE_DEPARTMENTS[departmentCode]!,
      municipalityCode: m?.code ?? null,
      municipalityName: m?.name ?? null,
      municipalCategory: type === "ALCALDIA" ? (m?.category ?? null) : null,
      // The advisor's workspace: the alcaldías of the department share with the advisor.
      sharesWithAdvisor: type === "ALCALDIA" && departmentCode === ADVISOR_DEPARTMENT,
    });
  };
  for (const [code, name] of Object.entries(DANE_DEPARTMENTS)) {
    if (code === "11") continue;
    for (const type of ["GOBERNACION", "ASAMBLEA", "CONTRALORIA"]) add(type, code, name, null);
  }
  const places = municipalities(random);
  for (const m of places) for (const type of ["ALCALDIA", "CONCEJO", "PERSONERIA"]) add(type, m.departmentCode, m.name, m);
  while (entities.length < ENTITY_COUNT) {
    const m = random.pick(places);
    add(random.pick(OTHER_TYPES), m.departmentCode, m.name, m);
  }
  return entities;
}
