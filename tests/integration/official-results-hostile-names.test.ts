// A hostile official results workbook: entity names with HTML/script, with
// spreadsheet-formula prefixes (= + - @) and one real formula cell. The
// import stores the names as the literal text (the formula cell: its cached
// result, never the formula), and the advisor's Excel export writes them
// back as plain string cells, never as formulas.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { departmentWorkbook } from "@/lib/advisor/export/department-workbook";
import { readDepartmentRows, readPolicyNames } from "@/lib/advisor/read-department-rows";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { generateReferenceRows, resultsRowValues, writeResultsWorkbook } from "@/lib/results/testing/generate-results-workbook";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const PAYLOAD = `<script>alert("xss")</script><b data-xss="1">negrita</b><img src=x onerror="alert(2)">`;
const HOSTILE_NAMES = [PAYLOAD, `=HYPERLINK("http://evil.example","clic") ${PAYLOAD}`, "+1+1 Alcaldía", "-2+3 Alcaldía", "@SUM(1,2) Alcaldía"];
const VIGENCIA = 2019;

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("official_results_hostile");
});
afterAll(async () => f?.close());

async function hostileWorkbook(): Promise<Buffer> {
  const rows = generateReferenceRows(HOSTILE_NAMES.length + 1, 9, 810_000).map((row) => ({ ...row, departmentName: "Antioquia" }));
  HOSTILE_NAMES.forEach((name, i) => (rows[i]!.entityName = name));
  // The last row's name is a real formula cell: only its cached result may be read.
  const formulaRow = resultsRowValues(rows.pop()!) as unknown[];
  formulaRow[1] = { formula: 'HYPERLINK("http://evil.example","Alcaldía por fórmula")', result: "Alcaldía por fórmula" };
  return writeResultsWorkbook(rows, VIGENCIA, [formulaRow as (string | number | null)[]]);
}

describe("libro oficial hostil: nombres de entidades como texto", () => {
  it("la importación guarda el texto literal y la exportación del asesor lo escribe como texto, nunca como fórmula", async () => {
    const bytes = await hostileWorkbook();
    await importResultsWorkbook(f.superadminId, { vigencia: VIGENCIA, scope: "territorio", fileName: "Resultados_hostil.xlsx", bytes });
    const stored = await f.owner.officialEntityResult.findMany({ where: { vigencia: VIGENCIA }, select: { entityName: true } });
    expect(stored.map((r) => r.entityName).sort()).toEqual([...HOSTILE_NAMES, "Alcaldía por fórmula"].sort());

    const workbook = new ExcelJS.Workbook();
    const exported = await departmentWorkbook({
      departmentName: "Antioquia",
      vigencia: VIGENCIA,
      rows: await readDepartmentRows(f.owner, "05", VIGENCIA),
      policies: await readPolicyNames(f.owner),
    });
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    const strings: string[] = [];
    const formulas: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(String(cell.formula));
          else if (typeof cell.value === "string") strings.push(cell.value);
        }),
      ),
    );
    for (const name of [...HOSTILE_NAMES, "Alcaldía por fórmula"]) expect(strings).toContain(name);
    expect(formulas).toEqual([]);
  });
});
