import { ADDED_SCORE_OBJECT } from "./worth-learning";

/**
 * The verbs that report what someone said or wrote, in the forms a news sentence uses after its speaker ("Ana Ruiz
 * said", "says the minister"). One list for every rule that asks "who spoke?" or keeps the speech in a stem, each
 * reading it in the form it needs below, so a verb added here reaches all of them.
 */
export const SPEECH_VERBS: readonly string[] = ["said", "says", "told", "added", "wrote", "warned", "argued", "noted", "explained"];

/**
 * Verbs of what a body said or thought of something, in a news sentence's forms: its reaction ("The Association of Flat
 * Owners criticised the cap"), after which the sentence's "Its president" is the body's (its-role-holder.ts).
 */
export const REACTION_VERBS: readonly string[] = [
  ...new Set([
    ...SPEECH_VERBS.filter((v) => v !== "added"),
    ...["called", "calls", "criticised", "criticized", "criticises", "criticizes", "welcomed", "welcomes", "warns", "rejected", "rejects", "opposed", "opposes", "argues"],
    ...["urged", "urges", "demanded", "demands", "complained", "backed", "backs", "praised", "condemned", "condemns", "objected", "questioned", "questions", "protested"],
  ]),
];

/** Verbs of a view rather than speech, which still name who holds it after the name ("Ana Ruiz estimated", "thinks"). */
const VIEW_VERBS: readonly string[] = ["estimated", "puts", "believes", "thinks"];

const SPEECH = SPEECH_VERBS.filter((v) => v !== "added").join("|");

/** A question that asks who spoke: "Which chief executive said orders doubled?". */
export const SPEECH_QUESTION = new RegExp(`^Which [^?]*\\b(?:${SPEECH}|added)\\b`);

/** A stem that keeps the speech: a speech verb, "according to", or a quotation. */
export const STEM_SPEECH = new RegExp(`\\b(?:${SPEECH}|added|according to)\\b|[“”"]|(?:^|\\s)‘|’(?:\\s|$)`);

/**
 * After a name, what says the name is who spoke: "Ana Ruiz, an economist at X, said", "Ana Ruiz estimated". "added" as
 * speech ("added that", "added in a statement", "added on Monday.") but not a scorer's "added a third", "added 15
 * points" (one rule with worthLearning's).
 */
export const SPEECH_AFTER = new RegExp(String.raw`^(?:\s*,[^,.;]{0,80})?\s*,?\s*(?:${SPEECH}|added(?!\s+${ADDED_SCORE_OBJECT})|${VIEW_VERBS.join("|")})\b`, "i");
