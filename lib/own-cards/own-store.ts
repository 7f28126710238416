// Where a learner's own cards live. Items need an article, and a study scope needs a deck: each learner gets one of
// each, made on their first card, with names derived from their id, so a second "first card" made at the same time
// hits the unique key instead of making a second deck.

const ARTICLE_PREFIX = "own-cards-";

/** The id of this learner's personal deck ("My cards"). */
export const ownDeckId = (userId: string) => `own-${userId}`;

/** The slug of the article that holds this learner's own cards (no text, never listed). */
export const ownCardsSlug = (userId: string) => `${ARTICLE_PREFIX}${userId}`;

/** Whether an item's article is a learner's own-card store: its cards have no source to link to, nor anyone to flag to. */
export const isOwnCardsArticle = (article: { slug: string; handWritten: boolean }) => article.handWritten && article.slug.startsWith(ARTICLE_PREFIX);

export const OWN_DECK_TITLE = "My cards";
