import { z } from "zod";

// A learner's own cards ("My cards"). Two kinds, as in Anki:
// - basic: a front and a back. Studied as a typed question: type the back and Check, or Show answer and grade
//   yourself (a flashcard flip).
// - cloze: one sentence with one gap marked as Anki marks it, "The capital of Peru is {{c1::Lima}}". Studied as a
//   fill-the-gap question; the whole sentence is shown after answering.
// One gap per card keeps a card one item (a second gap is a second card), and Anki users can paste their text.

export const OWN_CARD_TYPES = ["basic", "cloze"] as const;
export type OwnCardType = (typeof OWN_CARD_TYPES)[number];

/** The blank in a stored cloze prompt, as the generator and hand-written questions write it. */
export const CLOZE_BLANK = "_____";

const FRONT_MAX = 500;
const BACK_MAX = 200;
const TEXT_MAX = 600;

/** A marked gap: {{c1::answer}}; the number is Anki's and does not matter here. */
const GAP = /\{\{c\d+::([\s\S]*?)\}\}/g;

export type ClozeParse = { ok: true; prompt: string; answer: string; sentence: string } | { ok: false; error: string };

/** Reads "… {{c1::answer}} …" into the question with its blank, the answer and the whole sentence. */
export function parseCloze(text: string): ClozeParse {
  const gaps = [...text.matchAll(GAP)];
  if (gaps.length === 0) {
    return { ok: false, error: "Mark the gap with {{c1::…}} around the answer, e.g. The capital of Peru is {{c1::Lima}}." };
  }
  if (gaps.length > 1) return { ok: false, error: "A cloze card has one gap: use {{c1::…}} once, and make another card for another gap." };
  const gap = gaps[0]!;
  const inner = gap[1]!;
  if (inner.includes("::")) return { ok: false, error: "Hints ({{c1::answer::hint}}) are not supported: put the hint in the sentence." };
  const answer = inner.trim();
  if (answer === "") return { ok: false, error: "Write the answer inside the gap: {{c1::answer}}." };
  if (answer.length > BACK_MAX) return { ok: false, error: `Keep the answer in the gap under ${BACK_MAX} characters.` };
  const before = text.slice(0, gap.index);
  const after = text.slice(gap.index + gap[0].length);
  const rest = before + after;
  if (rest.includes("{{") || rest.includes("}}")) return { ok: false, error: "Some braces are not part of the gap: write it as {{c1::answer}}." };
  if (/_{3,}/.test(rest)) return { ok: false, error: "Mark the gap with {{c1::…}}, not with underscores." };
  if (rest.trim() === "") return { ok: false, error: "Write a sentence around the gap, so the card asks something." };
  return { ok: true, prompt: `${before}${CLOZE_BLANK}${after}`, answer, sentence: `${before}${answer}${after}` };
}

/** What the card form sends: a basic card's two sides, or a cloze card's marked sentence. */
export const OwnCardSchema = z
  .discriminatedUnion(
    "type",
    [
      z.object({
        type: z.literal("basic"),
        front: z.string().trim().min(1, "Write the front of the card.").max(FRONT_MAX, `Keep the front under ${FRONT_MAX} characters.`),
        back: z.string().trim().min(1, "Write the back of the card.").max(BACK_MAX, `Keep the back under ${BACK_MAX} characters.`),
      }),
      z.object({
        type: z.literal("cloze"),
        text: z.string().trim().min(1, "Write the sentence with its gap.").max(TEXT_MAX, `Keep the sentence under ${TEXT_MAX} characters.`),
      }),
    ],
    { error: "Pick a card type: basic or cloze." },
  )
  .superRefine((card, ctx) => {
    if (card.type !== "cloze") return;
    const parsed = parseCloze(card.text);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error, path: ["text"] });
  });
export type OwnCard = z.output<typeof OwnCardSchema>;

/** The Item columns of an own card (kind "other": a learner's card is about anything). */
export function toOwnItemData(card: OwnCard): { type: string; kind: string; prompt: string; answer: string; sourceSentence: string; choices: string; accepted: string; difficulty: number } {
  const common = { kind: "other", choices: "[]", accepted: "[]", difficulty: 0.5 };
  if (card.type === "basic") return { ...common, type: "typed", prompt: card.front, answer: card.back, sourceSentence: "" };
  const parsed = parseCloze(card.text);
  if (!parsed.ok) throw new Error(parsed.error); // the schema has checked it
  return { ...common, type: "cloze", prompt: parsed.prompt, answer: parsed.answer, sourceSentence: parsed.sentence };
}

/** The form's values for a stored own card: the reverse of {@link toOwnItemData}. */
export function toOwnCard(item: { type: string; prompt: string; answer: string }): OwnCard {
  if (item.type === "cloze") return { type: "cloze", text: item.prompt.replace(CLOZE_BLANK, () => `{{c1::${item.answer}}}`) };
  return { type: "basic", front: item.prompt, back: item.answer };
}
