// Hostile text for html-as-text.spec.ts: the HTML/script payload, the same
// payload behind spreadsheet-formula prefixes (= + - @, CSV/formula
// injection), and the readers that check an export carries them literally.
import ExcelJS from "exceljs";
import { extractText } from "unpdf";

export const PAYLOAD = `<script>alert("xss")</script><b data-xss="1">negrita</b><img src=x data-xss="2" onerror="alert(2)">`;
/** What the page must show as text (the payload's visible marker). */
export const VISIBLE = '<b data-xss="1">negrita</b>';

/** Spreadsheet-formula look-alikes: Excel must receive them as plain strings. */
export const FORMULA = {
  equals: `=HYPERLINK("http://evil.example","clic") ${PAYLOAD}`,
  plus: `+1+1 ${PAYLOAD}`,
  minus: `-2+3 ${PAYLOAD}`,
  at: `@SUM(1,2) ${PAYLOAD}`,
};

export type WorkbookCells = { strings: string[]; formulas: string[] };

/** Every string cell's text, and every formula cell's formula (there should be none carrying user text). */
export async function workbookCells(buffer: Buffer): Promise<WorkbookCells> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: WorkbookCells = { strings: [], formulas: [] };
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cells.formulas.push(String(cell.formula));
        else if (typeof cell.value === "string") cells.strings.push(cell.value);
        else cells.strings.push(JSON.stringify(cell.value));
      }),
    ),
  );
  return cells;
}

/** The PDF's text without whitespace: table cells wrap long text over several lines. */
export async function pdfTextWithoutSpaces(buffer: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(buffer), { mergePages: true });
  return text.replace(/\s+/g, "");
}

export const withoutSpaces = (text: string) => text.replace(/\s+/g, "");
