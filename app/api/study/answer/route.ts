import { authorized } from "@/lib/server/action";
import { readJson, toJsonResponse } from "@/lib/server/json-route";
import { AnswerInputSchema, recordAnswer } from "@/lib/server/study";

const answer = authorized("study:review", AnswerInputSchema, (input, user) => recordAnswer(user.id, input, new Date()));

export async function POST(request: Request) {
  return toJsonResponse(await answer(await readJson(request)));
}
