export { generateItems } from "./generate-items";
export { extractFacts } from "./extract-facts";
export type { Fact, FactKind, GenerateOptions, ItemType, QuizItem } from "./types";
