import { z } from "zod";

/** An instructor's edits to a generated item, kept apart from the generated text so re-import keeps them. */
export const ItemOverridesSchema = z
  .object({
    prompt: z.string().trim().min(1).max(500).optional(),
    answer: z.string().trim().min(1).max(200).optional(),
    choices: z.array(z.string().trim().min(1).max(200)).min(2).max(8).optional(),
  })
  .strict();
export type ItemOverrides = z.infer<typeof ItemOverridesSchema>;

/** The stored overrides JSON, or {} when there is none or it cannot be read (a bad edit must not break study). */
export function parseItemOverrides(json: string | null | undefined): ItemOverrides {
  if (!json) return {};
  try {
    const parsed = ItemOverridesSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

type ItemRow = { prompt: string; answer: string; choices: string; accepted?: string };

/**
 * The item as a deck's learners should see and be graded on it: the row's prompt, answer and
 * choices (a JSON string, as stored) replaced by the deck owner's overrides (the DeckItem's JSON;
 * null outside a deck). When the answer was replaced, the generated alternative forms of the old
 * answer no longer count as correct.
 */
export function applyItemOverrides<T extends ItemRow>(item: T, overridesJson: string | null | undefined): T {
  const overrides = parseItemOverrides(overridesJson);
  const result: T = { ...item };
  if (overrides.prompt !== undefined) result.prompt = overrides.prompt;
  if (overrides.answer !== undefined && overrides.answer !== item.answer) {
    result.answer = overrides.answer;
    if (item.accepted !== undefined) result.accepted = "[]";
  }
  if (overrides.choices !== undefined) result.choices = JSON.stringify(overrides.choices);
  return result;
}

/**
 * Overrides for an edit, keeping only what differs from the generated item, so an edit that puts
 * the original text back leaves nothing behind. Returns null when nothing differs.
 */
export function diffItemOverrides(
  generated: { prompt: string; answer: string; choices: string[] },
  edited: { prompt: string; answer: string; choices: string[] },
): ItemOverrides | null {
  const overrides: ItemOverrides = {};
  if (edited.prompt.trim() !== generated.prompt) overrides.prompt = edited.prompt.trim();
  if (edited.answer.trim() !== generated.answer) overrides.answer = edited.answer.trim();
  const choices = edited.choices.map((c) => c.trim()).filter((c) => c.length > 0);
  if (JSON.stringify(choices) !== JSON.stringify(generated.choices)) overrides.choices = choices;
  return Object.keys(overrides).length === 0 ? null : overrides;
}

/** Why an edited item cannot be used, in a sentence, or null when it is fine. */
export function checkEditedItem(type: string, edited: { answer: string; choices: string[] }): string | null {
  if (type !== "choice" && type !== "truefalse") return null;
  const choices = edited.choices.map((c) => c.trim()).filter((c) => c.length > 0);
  if (choices.length < 2) return "Give at least two choices.";
  if (new Set(choices.map((c) => c.toLowerCase())).size !== choices.length) return "Each choice must be different.";
  if (!choices.includes(edited.answer.trim())) return "The answer must be one of the choices.";
  return null;
}
