// Reads an uploaded workbook with the official parser. Anything it cannot
// import (not an .xlsx, no "Autodiagnóstico" sheet, a bad cell) becomes a 422
// whose Spanish message names the sheet, row and column, shown next to the
// file field.
import { AutodiagnosticoImportError, parseAutodiagnosticoWorkbook, type Autodiagnostico } from "@/lib/autodiagnostico";
import { ValidationError } from "@/lib/errors/app-error";

/** Every .xlsx is a ZIP archive: checked before exceljs spends time on it. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const NOT_XLSX = "El archivo no es un libro de Excel (.xlsx) válido o está dañado.";

export async function parseWorkbookUpload(bytes: Uint8Array): Promise<Autodiagnostico> {
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new ValidationError(NOT_XLSX, { file: [NOT_XLSX] });
  try {
    return await parseAutodiagnosticoWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof AutodiagnosticoImportError)) throw error;
    const problem = error.message.replace(/\.$/, "");
    const message = `No se pudo importar como autodiagnóstico: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}.`;
    throw new ValidationError(message, { file: [message] });
  }
}
