import { describe, expect, it } from "vitest";
import { MIPG_POLICY_CODES, type CatalogFile } from "./catalog-file-schema";
import { formatProblem, parseCatalogData, parseCatalogFileText } from "./parse-catalog-file";
import { readReferenceCatalogs } from "./seed-catalog-reference";

const [versionA, versionB] = readReferenceCatalogs();

/** A deep copy of version B as plain JSON, to break in one place per test. */
function fileB(): Record<string, unknown> & { dimensiones: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(versionB));
}

function problemsOf(data: unknown): string[] {
  const parsed = parseCatalogData(data);
  if (parsed.ok) throw new Error("se esperaba un archivo inválido");
  return parsed.problems.map(formatProblem);
}

function dimension(catalog: CatalogFile, number: number) {
  return catalog.dimensiones.find((d) => d.numero === number)!;
}

describe("archivos de referencia del catálogo", () => {
  it("la versión A (manual 2022) trae 7 dimensiones, 19 políticas y los grupos de la dimensión 3", () => {
    expect(versionA!.codigo).toBe("A");
    expect(versionA!.dimensiones.map((d) => d.numero)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(versionA!.dimensiones.flatMap((d) => d.politicas.map((p) => p.codigo)).sort()).toEqual(MIPG_POLICY_CODES);
    const d3 = dimension(versionA!, 3).politicas;
    expect(d3.filter((p) => p.grupo === "Ventanilla hacia adentro").map((p) => p.codigo)).toEqual(["POL06", "POL07", "POL08", "POL09", "POL10"]);
    expect(d3.filter((p) => p.grupo === "Relación Estado-ciudadano").map((p) => p.codigo)).toEqual(["POL11", "POL12", "POL13"]);
    expect(dimension(versionA!, 5).politicas.map((p) => p.codigo)).toEqual(["POL15", "POL16", "POL17"]);
    expect(versionA!.publicadoEl).toBe("2022-02-11");
  });

  it("la versión B (Manual Operativo v6) pone Transparencia en la dimensión 3, en el orden del manual", () => {
    expect(dimension(versionB!, 1).nombre).toBe("Direccionamiento Estratégico y Planeación");
    expect(dimension(versionB!, 3).politicas.map((p) => p.codigo)).toEqual(["POL15", "POL06", "POL11", "POL13", "POL12", "POL07", "POL08", "POL09", "POL10"]);
    expect(dimension(versionB!, 5).politicas.map((p) => p.codigo)).toEqual(["POL16", "POL17"]);
  });

  it("los líderes salen de la Tabla 1: Función Pública y la Contaduría en Control Interno, MinTIC en Gobierno y Seguridad Digital", () => {
    const leaders = new Map(versionB!.dimensiones.flatMap((d) => d.politicas.map((p) => [p.codigo, p.lideres] as const)));
    expect(leaders.get("POL19")).toEqual(["Departamento Administrativo de la Función Pública", "Contaduría General de la Nación"]);
    expect(leaders.get("POL07")).toEqual(leaders.get("POL08"));
    expect(leaders.get("POL07")![0]).toMatch(/Tecnologías de la Información/);
    expect(leaders.get("POL16")).toEqual(["Archivo General de la Nación"]);
    const ledByFuncionPublica = [...leaders].filter(([, l]) => l.includes("Departamento Administrativo de la Función Pública")).map(([c]) => c).sort();
    expect(ledByFuncionPublica).toEqual(["POL01", "POL02", "POL06", "POL11", "POL12", "POL13", "POL18", "POL19"]);
  });
});

describe("validación de un archivo de catálogo", () => {
  it("señala cada problema con su ruta en el archivo", () => {
    const file = fileB();
    (file.dimensiones[2]!.politicas as Record<string, unknown>[])[0]!.codigo = "POL20";
    expect(problemsOf(file)).toContain("dimensiones[2].politicas[0].codigo: Debe ser un código de política de POL01 a POL19.");
  });

  it("exige los campos obligatorios y rechaza los desconocidos", () => {
    const file = fileB();
    delete file.nombre;
    (file.dimensiones[0]!.politicas as Record<string, unknown>[])[1]!.lider = "DNP";
    file.dimensiones[1]!.nombre = "  ";
    const problems = problemsOf(file);
    expect(problems).toContain("nombre: Falta este campo obligatorio.");
    expect(problems).toContain("dimensiones[0].politicas[1]: Campo no reconocido: «lider» (revise los nombres en FORMAT.md).");
    expect(problems).toContain("dimensiones[1].nombre: No puede estar vacío.");
  });

  it("cada política va en una sola dimensión y deben estar las 19", () => {
    const file = fileB();
    // POL14 moved into dimension 1 as well: repeated there, and dimension 4 left empty.
    (file.dimensiones[0]!.politicas as unknown[]).push((file.dimensiones[3]!.politicas as unknown[])[0]);
    (file.dimensiones[6]!.politicas as unknown[]).pop(); // POL19 gone
    (file.dimensiones[6]!.politicas as unknown[]).push({ codigo: "POL18", nombre: "Otra vez", lideres: ["X"] });
    const problems = problemsOf(file);
    expect(problems).toContain("dimensiones[3].politicas[0].codigo: La política POL14 ya está en dimensiones[0].politicas[3]: cada política va en una sola dimensión.");
    expect(problems).toContain("dimensiones[6].politicas[0].codigo: La política POL18 ya está en dimensiones[5].politicas[0]: cada política va en una sola dimensión.");
    expect(problems).toContain("dimensiones: Faltan las políticas POL19: el catálogo debe traer las 19 políticas de MIPG (POL01 a POL19).");
  });

  it("las dimensiones van del 1 al 7, sin repetir", () => {
    const file = fileB();
    file.dimensiones[6]!.numero = 6;
    file.dimensiones[4]!.numero = 8;
    const problems = problemsOf(file);
    expect(problems).toContain("dimensiones[4].numero: Debe ser de 1 a 7.");
    // With a number out of range the cross-checks wait until the structure is right.
    file.dimensiones[4]!.numero = 5;
    expect(problemsOf(file)).toEqual([
      "dimensiones[6].numero: La dimensión 6 está repetida: ya es dimensiones[5].",
      "dimensiones: Faltan las dimensiones 7: MIPG tiene 7 dimensiones, numeradas del 1 al 7.",
    ]);
  });

  it("valida el formato, el código de versión y la fecha", () => {
    const file = fileB();
    file.formato = "otro";
    file.codigo = "B 2";
    file.publicadoEl = "2024-02-30";
    expect(problemsOf(file)).toEqual([
      'formato: Debe ser "faro-catalogo-mipg/1": así se reconoce un archivo de catálogo MIPG de Faro.',
      "codigo: De 1 a 20 letras, dígitos, punto, guion o guion bajo (por ejemplo «C» o «MO-v7»).",
      "publicadoEl: Use una fecha real con la forma AAAA-MM-DD (por ejemplo 2024-11-15).",
    ]);
  });

  it("un texto que no es JSON da un solo problema claro", () => {
    const parsed = parseCatalogFileText("{ no es json");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(formatProblem(parsed.problems[0]!)).toMatch(/^\(archivo\): No es un JSON válido/);
  });

  it("acepta un archivo válido con BOM, y normaliza grupo y descripción vacíos a null", () => {
    const file = fileB();
    (file.dimensiones[0]!.politicas as Record<string, unknown>[])[0]!.grupo = "";
    const parsed = parseCatalogFileText(`\uFEFF${JSON.stringify(file)}`);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.catalog.dimensiones[0]!.politicas[0]!.grupo).toBeNull();
      expect(parsed.catalog.publicadoEl).toBeNull();
    }
  });
});
