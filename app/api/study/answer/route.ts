import { authorized } from "@/lib/server/action";
import { jsonMutation } from "@/lib/server/json-route";
import { AnswerInputSchema, recordAnswer } from "@/lib/server/study";

const answer = authorized("study:review", AnswerInputSchema, (input, user) => recordAnswer(user.id, input, new Date()));

export const POST = jsonMutation(answer);
