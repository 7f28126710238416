import { authorized } from "@/lib/server/action";
import { ArticleIdSchema, getArticleGeneration } from "@/lib/server/instructor-articles";
import { toJsonResponse } from "@/lib/server/json-route";

// Ownership is checked in getArticleGeneration: another instructor's article is "not found".
const read = authorized("article:manage", ArticleIdSchema, ({ articleId }, user) => getArticleGeneration(user.id, articleId));

export async function GET(_request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  return toJsonResponse(await read(await params));
}
