import { authorized } from "@/lib/server/action";
import { jsonMutation } from "@/lib/server/json-route";
import { undoAnswer, UndoAnswerSchema } from "@/lib/server/study";

const undo = authorized("study:review", UndoAnswerSchema, (input, user) => undoAnswer(user.id, input, new Date()));

export const POST = jsonMutation(undo);
