import { authorized } from "@/lib/server/action";
import { toJsonResponse } from "@/lib/server/json-route";
import { getStudySession, StudyScopeSchema, type StudyScope } from "@/lib/server/study";
import { readCustomStudyParams } from "@/lib/srs/custom-study";

const session = authorized("study:read", StudyScopeSchema, (scope, user) => getStudySession(user.id, scope, new Date()));

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const limit = params.get("limit");
  return toJsonResponse(
    await session({
      deckId: params.get("deck") ?? undefined,
      more: params.get("more") === "1",
      limit: limit ? Number(limit) : undefined,
      exclude: params.getAll("exclude"),
      custom: readCustomStudyParams((name) => params.get(name)) as StudyScope["custom"],
    }),
  );
}
