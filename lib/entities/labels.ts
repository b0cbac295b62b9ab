import type { EntityType, MunicipalCategory } from "@/lib/generated/prisma/enums";

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  ALCALDIA: "Alcaldía",
  GOBERNACION: "Gobernación",
  ESTABLECIMIENTO_PUBLICO: "Establecimiento público",
  EMPRESA_SOCIAL_DEL_ESTADO: "Empresa Social del Estado (ESE)",
  EMPRESA_INDUSTRIAL_Y_COMERCIAL: "Empresa industrial y comercial del Estado",
  CONCEJO: "Concejo",
  PERSONERIA: "Personería",
  CONTRALORIA: "Contraloría",
  ASAMBLEA: "Asamblea departamental",
  OTRA: "Otra",
};

export const MUNICIPAL_CATEGORY_LABELS: Record<MunicipalCategory, string> = {
  ESPECIAL: "Especial",
  PRIMERA: "Primera",
  SEGUNDA: "Segunda",
  TERCERA: "Tercera",
  CUARTA: "Cuarta",
  QUINTA: "Quinta",
  SEXTA: "Sexta",
};
