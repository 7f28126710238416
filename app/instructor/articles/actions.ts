"use server";

import { authorized } from "@/lib/server/action";
import {
  addInstructorArticle,
  AddArticleSchema,
  ArticleIdSchema,
  deleteInstructorArticle,
  editInstructorArticle,
  EditArticleSchema,
} from "@/lib/server/instructor-articles";

export const addArticleAction = authorized("article:manage", AddArticleSchema, (input, user) => addInstructorArticle(user.id, input, new Date()));

export const editArticleAction = authorized("article:manage", EditArticleSchema, (input, user) => editInstructorArticle(user.id, input, new Date()));

export const deleteArticleAction = authorized("article:manage", ArticleIdSchema, ({ articleId }, user) => deleteInstructorArticle(user.id, articleId, new Date()));
