import "server-only";
import { getDb, type Db } from "./db";
import { NotFoundError } from "./errors";

/**
 * An article as its reader may see it: the shared library is open to every signed-in user; an
 * instructor's upload only to its owner and to members of classes with a deck drawn from it.
 * Anything else is "not found", like an article that does not exist.
 */
export async function getReadableArticle(userId: string, slug: string, db: Db = getDb()) {
  const article = await db.article.findFirst({
    where: {
      slug,
      deletedAt: null,
      OR: [
        { ownerId: null },
        { ownerId: userId },
        {
          items: {
            some: {
              deckItems: {
                some: {
                  deck: {
                    assignments: { some: { class: { archivedAt: null, memberships: { some: { userId, removedAt: null } } } } },
                  },
                },
              },
            },
          },
        },
      ],
    },
    select: { slug: true, title: true, source: true, publishedAt: true, body: true },
  });
  if (!article) throw new NotFoundError("That article");
  return article;
}
