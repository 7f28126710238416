import { authorized } from "@/lib/server/action";
import { getClassDashboard } from "@/lib/server/class-dashboard";
import { ClassIdSchema } from "@/lib/server/classes";
import { toJsonResponse } from "@/lib/server/json-route";

const read = authorized("class-progress:read", ClassIdSchema, ({ classId }, user) => getClassDashboard(user.id, classId, new Date()));

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  return toJsonResponse(await read(await params));
}
