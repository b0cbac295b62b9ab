// The acta of a committee session as a PDF: entity, date, place, attendees,
// agenda, decisions, commitments and the approvals taken, in Spanish.
import { formatDate } from "@/lib/format/dates";
import { addFooters, createPdfDocument, drawHeading, drawList, drawParagraph, drawSignatures, drawTable, drawTitle, finishPdf } from "@/lib/reports/pdf";
import type { CommitteeSessionView } from "./load-session";
import { formatCalendarDate } from "./session-dates";

export async function renderActaPdf(entityName: string, session: CommitteeSessionView, now = new Date()): Promise<Buffer> {
  const date = formatCalendarDate(session.heldOn);
  const doc = createPdfDocument({ title: `Acta del Comité Institucional de Gestión y Desempeño · ${date} · ${entityName}` });
  drawTitle(doc, `Acta del Comité Institucional de Gestión y Desempeño`, `${entityName} · Sesión del ${date}${session.place ? ` · ${session.place}` : ""}`);

  drawHeading(doc, "Asistentes");
  drawList(
    doc,
    session.attendees.map((a) => (a.position ? `${a.name} — ${a.position}` : a.userId ? a.name : `${a.name} (invitado)`)),
    "No se registraron asistentes.",
  );

  drawHeading(doc, "Orden del día");
  drawList(doc, session.agenda, "Sin orden del día.", { numbered: true });

  drawHeading(doc, "Decisiones");
  drawList(doc, session.decisions.map((d) => d.text), "No se registraron decisiones.");

  drawHeading(doc, "Compromisos");
  if (session.commitments.length === 0) drawParagraph(doc, "No se registraron compromisos.", { muted: true });
  else {
    drawTable(
      doc,
      [
        { header: "Compromiso", weight: 5 },
        { header: "Responsable", weight: 2.4 },
        { header: "Fecha límite", weight: 1.4 },
      ],
      session.commitments.map((c) => [c.planItem ? `${c.text} (tarea del plan «${c.planItem.plan.name}»)` : c.text, c.responsible, formatCalendarDate(c.dueOn)]),
    );
  }

  drawHeading(doc, "Aprobaciones tomadas en la sesión");
  if (session.approvals.length === 0) drawParagraph(doc, "No se registraron aprobaciones.", { muted: true });
  else {
    drawTable(
      doc,
      [
        { header: "Aprobación", weight: 5 },
        { header: "Fecha", weight: 1.4 },
        { header: "Aprobada por", weight: 2.4 },
      ],
      session.approvals.map((a) => [a.description, formatDate(a.approvedAt), a.approvedBy ?? "—"]),
    );
  }

  drawHeading(doc, "Firmas");
  drawSignatures(doc, ["Presidente del comité", "Secretaría técnica"]);

  addFooters(doc, `${entityName} · Acta del CIGD del ${date} · generada el ${formatDate(now)}`);
  return finishPdf(doc);
}
