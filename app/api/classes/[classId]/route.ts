import { authorized } from "@/lib/server/action";
import { ClassIdSchema, getInstructorClass } from "@/lib/server/classes";
import { toJsonResponse } from "@/lib/server/json-route";

const read = authorized("class:manage", ClassIdSchema, ({ classId }, user) => getInstructorClass(user.id, classId));

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  return toJsonResponse(await read(await params));
}
