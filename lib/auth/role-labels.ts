import type { MemberRole } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<MemberRole, string> = {
  ADMIN: "Administrador de la entidad",
  PLANEACION: "Oficina de planeación",
  RESPONSABLE: "Responsable de política",
  COMITE: "Comité Institucional de Gestión y Desempeño",
  CONTROL_INTERNO: "Control interno",
  LECTOR: "Solo lectura",
};
