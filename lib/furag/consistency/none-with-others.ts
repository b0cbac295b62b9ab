// "Ninguna de las anteriores" (or an equivalent) means nothing else applies:
// selected together with another option, the answer contradicts itself.
import { isNoneOption } from "../answers/option-kinds";
import type { AnsweredQuestion, ConsistencyWarning } from "./types";

export function checkNoneWithOthers({ question, value }: AnsweredQuestion): ConsistencyWarning[] {
  if (question.type !== "MULTIPLE_CHOICE" || !value) return [];
  const none = value.selected.find(isNoneOption);
  const others = value.selected.filter((option) => !isNoneOption(option));
  if (!none || others.length === 0) return [];
  const count = others.length === 1 ? "otra opción" : `otras ${others.length} opciones`;
  return [
    {
      rule: "NONE_WITH_OTHERS",
      questionCode: question.code,
      message: `Se eligió «${none}» junto con ${count}. Si la entidad hizo alguna de ellas, quite «${none}»; si no hizo ninguna, deje solo esa.`,
    },
  ];
}
