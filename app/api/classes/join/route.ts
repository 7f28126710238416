import { authorized } from "@/lib/server/action";
import { joinClass, JoinClassSchema } from "@/lib/server/classes";
import { jsonMutation } from "@/lib/server/json-route";

const join = authorized("class:join", JoinClassSchema, ({ code }, user) => joinClass(user.id, code, new Date()));

export const POST = jsonMutation(join);
