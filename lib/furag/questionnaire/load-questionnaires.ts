// The questionnaires loaded, for the operator's page.
import { withUser } from "@/lib/db/context";

export function loadQuestionnaires(userId: string) {
  return withUser(userId, (db) =>
    db.furagQuestionnaire.findMany({
      orderBy: { vigencia: "desc" },
      select: { vigencia: true, sourceFileName: true, updatedAt: true, _count: { select: { questions: { where: { retired: false } } } } },
    }),
  );
}
