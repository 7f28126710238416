import { authorized } from "@/lib/server/action";
import { readJson, toJsonResponse } from "@/lib/server/json-route";
import { undoAnswer, UndoAnswerSchema } from "@/lib/server/study";

const undo = authorized("study:review", UndoAnswerSchema, (input, user) => undoAnswer(user.id, input, new Date()));

export async function POST(request: Request) {
  return toJsonResponse(await undo(await readJson(request)));
}
