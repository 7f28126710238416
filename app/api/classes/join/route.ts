import { authorized } from "@/lib/server/action";
import { joinClass, JoinClassSchema } from "@/lib/server/classes";
import { readJson, toJsonResponse } from "@/lib/server/json-route";

const join = authorized("class:join", JoinClassSchema, ({ code }, user) => joinClass(user.id, code, new Date()));

export async function POST(request: Request) {
  return toJsonResponse(await join(await readJson(request)));
}
