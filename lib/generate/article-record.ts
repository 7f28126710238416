import type { ArticleCounts } from "./fact-features";
import type { GramIndex } from "./text-index";

/** An article's title and body: what the per-article record is keyed on. */
export interface ArticleText {
  title: string;
  body: string;
}

/**
 * What is read once per article and asked again per fact (the worth rules' answers, the features' sentence starts),
 * in one record: each fact asking it again of the whole body made a long article's cost grow with its facts times its
 * length (a 2 MB article: 33 s of CPU). The record is the last article's and is kept while the next asked of has the
 * same title and body, both of which it is keyed on: a title changes what the features read.
 */
export interface ArticleRecord extends ArticleText {
  /** Answers remembered by key (rememberedIn). */
  answers: Map<string, number>;
  /** The body with its runs of white space as one space. */
  collapsed?: string;
  /** The title and body as one text, the title first (timesWritten). */
  titled?: string;
  /** How often each word of the title and body is written (timesWritten). */
  words?: Map<string, number>;
  /** The body indexed for indexOf (indexInBody, from INDEXED_BODY characters). */
  grams?: GramIndex;
  /** Where the body's table rows numbered 1 or 2 start (worth-learning.ts, leadingRow). */
  leadingRows?: number[];
  /** Where its rows numbered 3 or 4 start (worth-learning.ts, namedContender). */
  contendingRows?: number[];
  /** The body without its table rows: what the report says in its sentences (worth-learning.ts, namedContender). */
  prose?: string;
  /** What the fact features read of the article (fact-features.ts). */
  counts?: ArticleCounts;
}

let record: ArticleRecord | null = null;

export function articleRecord(article: ArticleText): ArticleRecord {
  if (record?.body !== article.body || record.title !== article.title) record = { title: article.title, body: article.body, answers: new Map() };
  return record;
}
