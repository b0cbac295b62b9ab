import type { Autodiagnostico, AutodiagnosticoItem } from "./autodiagnostico-schema";

/** A small autodiagnóstico exercising every field, for export/import tests. */
export function sampleAutodiagnostico(): Autodiagnostico {
  return {
    policyName: "GESTIÓN DE PRUEBA",
    entityName: "Alcaldía de Ejemplo",
    warnings: [],
    components: [
      {
        name: "PLANEACIÓN",
        order: 1,
        categories: [
          { name: "Diagnóstico", order: 1, items: [item("1", 1, null, 90, null)] },
          {
            name: "Plan",
            order: 2,
            items: [
              item("2", 2, null, 30, "Aprobado en comité"),
              item("2A", 2, "Incluyendo los siguientes temas:", 10, "No aplica: entidad territorial"),
              item("2B", 2, "Incluyendo los siguientes temas:", null, null),
            ],
          },
        ],
      },
      { name: "RETIRO", order: 2, categories: [{ name: "Gestión de la información", order: 1, items: [item("3", 3, null, null, null)] }] },
    ],
  };
}

function item(code: string, activityNumber: number, group: string | null, score: number | null, observations: string | null): AutodiagnosticoItem {
  const activityText = `Actividad ${activityNumber}: hacer algo medible`;
  return {
    code,
    activityNumber,
    activityText,
    itemText: code === String(activityNumber) ? activityText : `Subítem ${code}`,
    group,
    criterion: `Criterio ${code}`,
    analysisPeriod: "1 año",
    rubric: [0, 1, 2, 3, 4].map((band) => `Banda ${band + 1} de ${code}`),
    score,
    observations,
    notApplicable: observations?.startsWith("No aplica") ?? false,
  };
}
