import ExcelJS from "exceljs";

/** What the parsers accept: a Node Buffer, or the bytes of an uploaded File. */
export type WorkbookBytes = Buffer | ArrayBuffer | Uint8Array;

/** Thrown when the bytes are not an .xlsx file exceljs can open. */
export class UnreadableWorkbookError extends Error {
  constructor(cause: unknown) {
    super("El archivo no es un libro de Excel (.xlsx) válido o está dañado.", { cause });
    this.name = "UnreadableWorkbookError";
  }
}

export async function loadWorkbook(bytes: WorkbookBytes): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes));
  } catch (error) {
    throw new UnreadableWorkbookError(error);
  }
  return workbook;
}

/**
 * exceljs types load() with its own `Buffer extends ArrayBuffer` (not Node's
 * Buffer); at runtime JSZip takes an ArrayBuffer, so hand it a copy of the bytes.
 */
function toArrayBuffer(bytes: WorkbookBytes): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return new Uint8Array(bytes).buffer;
}
