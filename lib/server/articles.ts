import "server-only";
import { getDb, type Db } from "./db";

export async function getArticleBySlug(slug: string, db: Db = getDb()) {
  return db.article.findUnique({
    where: { slug },
    select: { slug: true, title: true, source: true, publishedAt: true, body: true },
  });
}
