import { authorized } from "@/lib/server/action";
import { jsonMutation } from "@/lib/server/json-route";
import { QueuedAnswerInputSchema, recordQueuedAnswer } from "@/lib/server/study";

// Answers given offline, sent in order when the device is back online (components/offline/outbox-sync.ts).
const answer = authorized("study:review", QueuedAnswerInputSchema, (input, user) => recordQueuedAnswer(user.id, input, new Date()));

export const POST = jsonMutation(answer);
