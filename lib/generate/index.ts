export { buildLibraryPool, generateArticleItems, generateItems, type ArticleGenerateOptions } from "./generate-items";
export { extractFacts } from "./extract-facts";
export type { FactGroups } from "./pick-distractors";
export type { Fact, FactKind, GenerateOptions, ItemType, QuizItem } from "./types";
