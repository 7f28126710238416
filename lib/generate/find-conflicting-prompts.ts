/** A prompt as compared for sameness: case, punctuation and spacing do not make two prompts different. */
export function promptKey(prompt: string): string {
  return prompt.toLowerCase().replace(/[^a-z0-9%$]+/g, " ").trim();
}

export interface PromptedItem {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  /** promptKey(prompt), when the caller has it already. */
  promptKey?: string;
}

/**
 * Items of one deck whose prompt another item of the deck asks with a different answer. Each article's items are
 * checked for this when generated; a deck mixing articles ("How many agreements did Vietnam and Russia sign in
 * Hanoi?" asked by two articles with two answers) must withhold both, since neither can be graded right.
 */
export function findConflictingPrompts(items: PromptedItem[]): Set<string> {
  const answers = new Map<string, Set<string>>();
  const keys = items.map((item) => item.promptKey ?? promptKey(item.prompt));
  items.forEach((item, i) => {
    const key = keys[i] as string;
    const set = answers.get(key) ?? new Set<string>();
    set.add(item.type === "truefalse" ? item.answer : item.answer.toLowerCase());
    answers.set(key, set);
  });
  return new Set(items.filter((_item, i) => (answers.get(keys[i] as string)?.size ?? 0) > 1).map((item) => item.id));
}
