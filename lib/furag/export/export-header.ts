export type ModuleExportHeader = { entityName: string; vigencia: number; modulePrefix: string; topic: string; exportedAt: Date };
