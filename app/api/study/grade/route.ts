import { authorized } from "@/lib/server/action";
import { readJson, toJsonResponse } from "@/lib/server/json-route";
import { changeGrade, ChangeGradeSchema } from "@/lib/server/study";

const grade = authorized("study:review", ChangeGradeSchema, (input, user) => changeGrade(user.id, input, new Date()));

export async function POST(request: Request) {
  return toJsonResponse(await grade(await readJson(request)));
}
