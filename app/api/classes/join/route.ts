import { authorized } from "@/lib/server/action";
import { joinClass, JoinClassSchema } from "@/lib/server/classes";
import { readJson, toJsonResponse } from "@/lib/server/json-route";
import { getRequestClientAddress } from "@/lib/server/client-address";

const join = authorized("class:join", JoinClassSchema, async ({ code }, user) => joinClass({ userId: user.id, address: await getRequestClientAddress() }, code, new Date()));

export async function POST(request: Request) {
  return toJsonResponse(await join(await readJson(request)));
}
