import { authorized } from "@/lib/server/action";
import { jsonMutation } from "@/lib/server/json-route";
import { changeGrade, ChangeGradeSchema } from "@/lib/server/study";

const grade = authorized("study:review", ChangeGradeSchema, (input, user) => changeGrade(user.id, input, new Date()));

export const POST = jsonMutation(grade);
