/**
 * Questions whose wording came out broken, so only the fact's cloze and true/false items (the sentence as written)
 * may carry it. Built from a sentence the clause parser misread: "In which year did the number of visitors barely
 * flinched: 2.3 million foreign tourists arrive?" (a colon's two clauses taken as one, strict read E0 #40 / E1 #35),
 * "In which year did a pilot corridor plant by villagers near the town of Morondava is now used by lemurs?" (a
 * participle read as the verb, leaving the real verb behind: self-read genpr-0).
 */

/** A colon or semicolon inside a question joins two clauses ("10:30" is a time; "three things: a, b" is a list). */
const CLAUSE_BREAK = /;|:(?!\d)(?![^?]*,)/;
/** After do-support ("did", "does") the verb is bare: a finite "is" or "was" after it is a second clause's. */
const DID_THEN_FINITE = /^(?:[^?]*?\s)?(?:did|does|do)\s(?:(?!\b(?:that|which|who|whose|where|when|because|after|before|while|as|if|say|said)\b)[^?,])*?\s(?:is|are|was|were)\s/;
/** A quoted title ("What does ... stand for in “Paying at the border: how ...”?") is not the question's wording. */
const QUOTED = /“[^”]*”/g;

/** Why this question is garbled, or null when it reads as a question. */
export function garbledQuestion(asked: string): string | null {
  const question = asked.replace(QUOTED, "“”");
  if (CLAUSE_BREAK.test(question)) return "two clauses";
  if (DID_THEN_FINITE.test(question)) return "second finite verb";
  return null;
}
