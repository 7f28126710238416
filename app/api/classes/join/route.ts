import { authorized } from "@/lib/server/action";
import { joinClass, JoinClassSchema } from "@/lib/server/classes";
import { getRequestClientAddress } from "@/lib/server/client-address";
import { jsonMutation } from "@/lib/server/json-route";

const join = authorized("class:join", JoinClassSchema, async ({ code }, user) => joinClass({ userId: user.id, address: await getRequestClientAddress() }, code, new Date()));

export const POST = jsonMutation(join);
