// Demo official FURAG results, vigencias 2022-2025: the demo entities plus
// 120 invented reference municipalities of Antioquia (department 05) and a few
// gobernaciones, so the results pages, the grupo par comparison and the
// advisor's department view have data. Generated deterministically in the
// official layout and imported through the same code as a real file; the
// reference entities are named "(demo)" so nobody takes them for real ones.
import type { Db } from "@/lib/db/prisma";
import { importRecommendationsWorkbook } from "@/lib/results/import-recommendations";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { writeRecommendationsWorkbook } from "@/lib/results/testing/generate-recommendations-workbook";
import { generateScores, seededRandom, writeResultsWorkbook, type GeneratedResultRow } from "@/lib/results/testing/generate-results-workbook";
import { DEMO_ENTITIES } from "./demo-data";

const STEP = "demo-official-results-v1";
export const DEMO_RESULT_VIGENCIAS = [2022, 2023, 2024, 2025];
const MUNICIPAL_GROUPS = ["Municipios categoría 1 y 2", "Municipios categoría 3 y 4", "Municipios categoría 5 y 6"];
const OTHER_DEPARTMENTS = ["Cundinamarca", "Boyacá", "Valle del Cauca", "Santander", "Caldas", "Risaralda"];

/** Each demo entity improves a little every year, from its own starting level. */
const DEMO_LEVELS: Record<string, number> = { rionegro: 4, guarne: -8, antioquia: 6 };

function rowsFor(vigencia: number): GeneratedResultRow[] {
  const random = seededRandom(vigencia);
  const year = vigencia - 2022;
  // The same seed every vigencia: each demo entity keeps its profile and only its level moves.
  const demo = DEMO_ENTITIES.map((d, i) =>
    generateScores(
      {
        sigepCode: d.entity.sigepCode,
        entityName: d.entity.name,
        legalNature: d.entity.type === "GOBERNACION" ? "Gobernación" : "Alcaldía",
        departmentName: d.entity.departmentName,
        municipalityName: "municipalityName" in d.entity ? d.entity.municipalityName : null,
        peerGroup: d.entity.peerGroup,
      },
      i,
      seededRandom(100 + i),
      DEMO_LEVELS[d.slug]! + year * 3,
    ),
  );
  const municipalities = Array.from({ length: 120 }, (_v, i) =>
    generateScores(
      {
        sigepCode: String(910_000 + i),
        entityName: `Alcaldía de referencia ${i + 1} (demo)`,
        departmentName: "Antioquia",
        municipalityName: `Municipio de referencia ${i + 1} (demo)`,
        // Rionegro's and Guarne's groups get about 40 peers each.
        peerGroup: MUNICIPAL_GROUPS[i % 3]!,
      },
      i + 3,
      random,
      year,
    ),
  );
  const governments = OTHER_DEPARTMENTS.map((name, i) =>
    generateScores({ sigepCode: String(920_000 + i), entityName: `Gobernación de ${name} (demo)`, departmentName: name, municipalityName: null, peerGroup: "Departamentos", legalNature: "Gobernación" }, i, random, year),
  );
  return [...demo, ...municipalities, ...governments];
}

export async function seedDemoOfficialResults(client: Db): Promise<boolean> {
  const done = await client.$transaction(async (db) => Boolean(await db.seedRun.findUnique({ where: { name: STEP } })));
  if (done) return false;
  for (const vigencia of DEMO_RESULT_VIGENCIAS) {
    const bytes = await writeResultsWorkbook(rowsFor(vigencia), vigencia);
    await importResultsWorkbook(null, { vigencia, scope: "territorio", fileName: `Resultados_vig${vigencia}_territorio (demo).xlsx`, bytes }, client);
  }
  const recommendations = await writeRecommendationsWorkbook(
    DEMO_ENTITIES.map((d) => ({
      sigepCode: d.entity.sigepCode,
      entityName: d.entity.name,
      rows: [
        ["Gestión Documental", "Actualizar y convalidar las tablas de retención documental (recomendación de demostración).", "Transparencia, Acceso a la Información Pública y Lucha contra la Corrupción"],
        ["Seguridad Digital", "Adoptar un plan de tratamiento de riesgos de seguridad digital (recomendación de demostración).", "Gobierno Digital"],
        ["Control Interno", "Fortalecer la línea estratégica en el seguimiento de riesgos (recomendación de demostración).", null],
      ],
    })),
    2025,
  );
  await importRecommendationsWorkbook(null, { vigencia: 2025, scope: "territorio", fileName: "Recomendaciones_vig2025 (demo).xlsx", bytes: recommendations }, client);
  await client.$transaction((db) => db.seedRun.create({ data: { name: STEP } }));
  return true;
}
