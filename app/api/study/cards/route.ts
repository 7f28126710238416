import { authorized } from "@/lib/server/action";
import { toJsonResponse } from "@/lib/server/json-route";
import { getStudySession, StudyScopeSchema, type StudyScope } from "@/lib/server/study";
import { readCustomStudyParams } from "@/lib/srs/custom-study-params";
import { includesMoreQuestions, MORE_QUESTIONS_PARAM } from "@/lib/study/free-study-questions";

const session = authorized("study:read", StudyScopeSchema, (scope, user) => getStudySession(user.id, scope, new Date()));

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const limit = params.get("limit");
  return toJsonResponse(
    await session({
      deckId: params.get("deck") ?? undefined,
      more: params.get("more") === "1",
      allQuestions: includesMoreQuestions(params.get(MORE_QUESTIONS_PARAM)),
      limit: limit ? Number(limit) : undefined,
      exclude: params.getAll("exclude"),
      custom: readCustomStudyParams((name) => params.get(name)) as StudyScope["custom"],
    }),
  );
}
