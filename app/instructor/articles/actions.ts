"use server";

import { authorized } from "@/lib/server/action";
import { addInstructorArticle, AddArticleSchema } from "@/lib/server/instructor-articles";

export const addArticleAction = authorized("article:manage", AddArticleSchema, (input, user) => addInstructorArticle(user.id, input, new Date()));
