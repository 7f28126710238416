import { z } from "zod";
import { authorized } from "@/lib/server/action";
import { createClass, CreateClassSchema, listInstructorClasses } from "@/lib/server/classes";
import { jsonMutation, toJsonResponse } from "@/lib/server/json-route";

const list = authorized("class:manage", z.object({}), (_input, user) => listInstructorClasses(user.id));
const create = authorized("class:manage", CreateClassSchema, (input, user) => createClass(user.id, input));

export async function GET() {
  return toJsonResponse(await list({}));
}

export const POST = jsonMutation(create);
