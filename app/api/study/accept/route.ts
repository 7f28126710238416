import { authorized } from "@/lib/server/action";
import { jsonMutation } from "@/lib/server/json-route";
import { acceptAnswer, AcceptAnswerSchema } from "@/lib/server/study";

const accept = authorized("study:review", AcceptAnswerSchema, (input, user) => acceptAnswer(user.id, input, new Date()));

export const POST = jsonMutation(accept);
