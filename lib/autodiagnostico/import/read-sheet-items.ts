import type { Worksheet } from "exceljs";
import type { AutodiagnosticoItem, ImportWarning } from "../autodiagnostico-schema";
import { BLOCK_ROWS } from "../official-layout";
import { isNotApplicable } from "./is-not-applicable";
import type { SheetLayout } from "./locate-sheet-layout";
import { readBlockCells, startsBlock, type BlockCells } from "./read-block-cells";
import { readCellText } from "./read-cell";
import { cellError, cellWarning } from "./sheet-problems";

/** Components and categories with the sheet row where each starts (for the cached totals). */
export interface SheetComponent {
  readonly name: string;
  readonly row: number;
  readonly categories: SheetCategory[];
}

export interface SheetCategory {
  readonly name: string;
  readonly row: number;
  readonly items: AutodiagnosticoItem[];
}

/** "12A", "37AB": a lettered sub-item of numbered activity 12 / 37. */
const SUB_ITEM_CODE = /^(\d+)\s*([A-Z]{1,3})$/i;

/**
 * Walks the sheet top to bottom. A 5-row block whose "Valoración" starts at
 * "0 - 20" is one scored item; a lone row with text in the activity columns
 * is a sub-heading ("Incluyendo los siguientes temas:") for the sub-items
 * that follow it, until the next numbered activity.
 */
export function readSheetItems(sheet: Worksheet, layout: SheetLayout, warnings: ImportWarning[]): SheetComponent[] {
  const components: SheetComponent[] = [];
  const keys = { component: "", category: "", activity: null as { number: number; text: string } | null };
  let group: string | null = null;
  const seenCodes = new Map<string, number>();

  for (let row = layout.firstDataRow; row <= sheet.rowCount; row++) {
    if (!startsBlock(sheet, layout, row)) {
      const heading = readCellText(sheet.getCell(row, layout.columns.activityText));
      if (heading !== null && keys.activity !== null) group = heading;
      else if (heading !== null) warnings.push(cellWarning(sheet, row, layout.columns.activityText, "Actividades de Gestión", `texto fuera de una actividad, se ignora: «${heading}»`));
      continue;
    }
    const cells = readBlockCells(sheet, layout, row, warnings);
    const newComponent = cells.component.name !== null && cells.component.key !== keys.component;
    if (newComponent) {
      components.push({ name: cells.component.name ?? "", row, categories: [] });
      keys.component = cells.component.key;
    }
    const component = components.at(-1);
    if (!component) throw cellError(sheet, row, layout.columns.component, "Componentes", "la actividad no tiene componente");
    if (cells.category.name !== null && (newComponent || cells.category.key !== keys.category)) {
      component.categories.push({ name: cells.category.name, row, items: [] });
      keys.category = cells.category.key;
    }
    const category = component.categories.at(-1);
    if (!category) throw cellError(sheet, row, layout.columns.category, "Categoría", "la actividad no tiene categoría");

    const subItem = SUB_ITEM_CODE.exec(cells.activityText ?? "");
    if (!subItem) {
      keys.activity = startActivity(sheet, layout, cells);
      group = null;
    }
    const item = toItem(sheet, layout, cells, keys.activity, subItem, group, warnings);
    const previous = seenCodes.get(item.code);
    if (previous !== undefined) {
      throw cellError(sheet, row, layout.columns.activityText, "Actividades de Gestión", `el código «${item.code}» está repetido (ya aparece en la fila ${previous})`);
    }
    seenCodes.set(item.code, row);
    category.items.push(item);
    row += BLOCK_ROWS - 1;
  }
  return components;
}

function startActivity(sheet: Worksheet, layout: SheetLayout, cells: BlockCells): { number: number; text: string } {
  const number = cells.activityNumber?.value;
  if (number === undefined || !Number.isInteger(number) || number <= 0) {
    throw cellError(sheet, cells.row, layout.columns.activityNumber, "Actividades de Gestión", "falta el número de la actividad (o el código del subítem, p. ej. «12A»)");
  }
  if (cells.activityText === null) {
    throw cellError(sheet, cells.row, layout.columns.activityText, "Actividades de Gestión", `la actividad ${number} no tiene texto`);
  }
  return { number, text: cells.activityText };
}

function toItem(
  sheet: Worksheet, layout: SheetLayout, cells: BlockCells, activity: { number: number; text: string } | null,
  subItem: RegExpExecArray | null, group: string | null, warnings: ImportWarning[],
): AutodiagnosticoItem {
  const column = layout.columns.activityText;
  if (activity === null) throw cellError(sheet, cells.row, column, "Actividades de Gestión", `el subítem «${cells.activityText ?? ""}» no está bajo una actividad numerada`);
  if (subItem && Number(subItem[1]) !== activity.number) {
    warnings.push(cellWarning(sheet, cells.row, column, "Actividades de Gestión", `el subítem «${subItem[0]}» está bajo la actividad ${activity.number}`));
  }
  if (subItem && cells.subItemText === null) {
    throw cellError(sheet, cells.row, layout.columns.subItemText, "Actividades de Gestión", `el subítem «${subItem[0]}» no tiene texto`);
  }
  const notApplicable = isNotApplicable(cells.observations);
  if (notApplicable && cells.score !== null) {
    warnings.push(cellWarning(sheet, cells.row, layout.columns.score, "Puntaje", "tiene puntaje pero las observaciones dicen «No aplica»: no cuenta en los promedios"));
  }
  return {
    code: subItem ? `${subItem[1]}${subItem[2]?.toUpperCase() ?? ""}` : String(activity.number),
    activityNumber: activity.number,
    activityText: activity.text,
    itemText: subItem ? (cells.subItemText ?? "") : activity.text,
    group: subItem ? group : null,
    criterion: cells.criterion,
    analysisPeriod: cells.period,
    rubric: cells.rubric,
    score: cells.score,
    observations: cells.observations,
    notApplicable,
  };
}
