import { z } from "zod";
import { FACT_KINDS } from "./fact-kinds";

/** A hand-written question may be about anything: "other" when none of the generated kinds of fact fits. */
export const HAND_WRITTEN_KINDS = [...FACT_KINDS, "other"] as const;
export type HandWrittenKind = (typeof HAND_WRITTEN_KINDS)[number];

/** A blank in a cloze prompt: three or more underscores, stored as the generator writes it. */
const BLANK = /_{3,}/g;
const CLOZE_BLANK = "_____";

const prompt = z.string().trim().min(1, "Write the question.").max(500, "Keep the question under 500 characters.");
const answer = z.string().trim().min(1, "Give the answer.").max(200, "Keep the answer under 200 characters.");
const text = z.string().trim().max(200, "Keep each choice or accepted answer under 200 characters.");
/** Lists may hold empty lines (a form's text area): they are dropped. */
const list = (max: number, message: string) =>
  z
    .array(text)
    .default([])
    .transform((xs) => xs.filter((x) => x.length > 0))
    .refine((xs) => xs.length <= max, message);
/** Shown after answering, where a generated question shows its source sentence. */
const explanation = z.string().trim().max(500, "Keep the explanation under 500 characters.").default("");
const kind = z.enum(HAND_WRITTEN_KINDS, { message: "Pick a kind of fact, or Other." }).default("other");

/** A question an instructor writes: what the form and a CSV row give. */
export const HandWrittenItemSchema = z
  .discriminatedUnion(
    "type",
    [
      z.object({ type: z.literal("choice"), kind, prompt, answer, explanation, choices: list(8, "Use at most 8 choices.") }),
      z.object({ type: z.literal("typed"), kind, prompt, answer, explanation, accepted: list(10, "Give at most 10 further accepted answers.") }),
      z.object({ type: z.literal("cloze"), kind, prompt, answer, explanation, accepted: list(10, "Give at most 10 further accepted answers.") }),
      z.object({ type: z.literal("truefalse"), kind, prompt, explanation, answer: z.enum(["True", "False"], { message: "The answer of a true-or-false question is True or False." }) }),
    ],
    { error: "Pick a question type: choice, typed, cloze or truefalse." },
  )
  .superRefine((item, ctx) => {
    if (item.type === "choice") {
      if (item.choices.length < 2) ctx.addIssue({ code: "custom", message: "Give at least two choices.", path: ["choices"] });
      else if (new Set(item.choices.map((c) => c.toLowerCase())).size !== item.choices.length) ctx.addIssue({ code: "custom", message: "Each choice must be different.", path: ["choices"] });
      else if (!item.choices.includes(item.answer)) ctx.addIssue({ code: "custom", message: "The answer must be one of the choices.", path: ["answer"] });
    }
    if (item.type === "cloze" && (item.prompt.match(BLANK) ?? []).length !== 1) {
      ctx.addIssue({ code: "custom", message: "A fill-the-gap question has exactly one blank, written as ___ (three underscores or more).", path: ["prompt"] });
    }
  });
export type HandWrittenItem = z.output<typeof HandWrittenItemSchema>;

/** The Item columns for a hand-written question: lists as JSON strings, the blank as the generator writes it. */
export function toItemData(item: HandWrittenItem): {
  type: string;
  kind: string;
  prompt: string;
  answer: string;
  choices: string;
  accepted: string;
  sourceSentence: string;
  difficulty: number;
} {
  const choices = item.type === "choice" ? item.choices : item.type === "truefalse" ? ["True", "False"] : [];
  const accepted = item.type === "typed" || item.type === "cloze" ? item.accepted.filter((a) => a !== item.answer) : [];
  return {
    type: item.type,
    kind: item.kind,
    prompt: item.type === "cloze" ? item.prompt.replace(BLANK, CLOZE_BLANK) : item.prompt,
    answer: item.answer,
    choices: JSON.stringify(choices),
    accepted: JSON.stringify(accepted),
    sourceSentence: item.explanation,
    // Written by a person for their class: placed in the middle, as a generated item of its type would be.
    difficulty: 0.5,
  };
}
