import { DISCOURSE, M, TRAIL_ATTRIBUTION, finish, parseClause, stripLeadAdjunct, trimRest } from "./build-question";
import { stripDateline } from "./datelines";
import { findNameChunks, type NameChunk } from "./find-name-chunks";
import { organisationKind } from "./organisation-kind";
import { addToList } from "@/lib/util/add-to-list";

/** A name no rule claimed, found by its form, and the wh-question asking for it when its clause allows one. */
export interface AskedChunk extends NameChunk {
  question: string | null;
}

// Verbs of saying: "X said ..." asks who was quoted, not what happened.
const SPEECH_VERB = /^(?:said|says|told|tells|added|adds|noted|notes|warned|warns|explained|insisted|recalled|admitted|conceded|argued|argues|wrote|writes|called|calls)$/;
export const SPEECH_IN_SENTENCE = /\b(?:said|says|told|added|noted|warned|explained|insisted|recalled|admitted|conceded|argued|wrote)\b/;
// A word that points back to a sentence the learner does not see.
const POINTS_BACK = /\b(?:he|she|it|they|them|him|his|her|its|their|this|these|those|there)\b/i;
const OPENING_PREPOSITION = /^(?:In|On|At|As|Since|During|After|Before|By|From|Over|Until|Following|Amid)$/;

/** Whether `start` lies inside a quotation of `sentence`. */
export function quoted(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * "Oskari Lindqvist scored 2:17 into overtime to beat HIFK 3-2." -> "Who scored 2:17 into overtime to beat HIFK
 * 3-2?": a name that is the whole subject of the sentence's main clause is asked by replacing it with "Who" or "Which
 * <noun>", keeping the predicate as written (so no verb is re-conjugated). Only a plain clause is asked: the name first
 * (after a leading time or place, which moves to the end), a verb that is not one of saying, and a predicate with no
 * quotation, no second name for the same slot and no word pointing back. Null otherwise.
 */
export function subjectQuestion(sentence: string, chunk: NameChunk): string | null {
  let text = stripDateline(`${sentence.slice(0, chunk.start)}${M}${sentence.slice(chunk.end)}`).trim().replace(/[.!]$/, "");
  if (TRAIL_ATTRIBUTION.test(text) || /[“”"]/.test(text)) return null;
  text = text.replace(DISCOURSE, "");
  const stripped = stripLeadAdjunct(text);
  if (stripped.adjunct?.includes(M) || !stripped.clause.startsWith(`${M} `)) return null;
  const tail = stripped.adjunct ? [stripped.adjunct.replace(/^\p{Lu}\p{Ll}*/u, (w) => (OPENING_PREPOSITION.test(w) ? w.toLowerCase() : w))] : [];
  if (tail.some((t) => POINTS_BACK.test(t))) return null;
  // ", a 24-year-old guard from Izmir, hit ...": an apposition describing the name is cut; one that runs on is not.
  const clause = stripped.clause.replace(/^\u0001,\s+(?:a|an|the)\s[^,]*,\s+(?=\p{Ll})/u, `${M} `);
  const p = parseClause(clause);
  if (!p || p.subject !== M) return null;
  const verb = p.verbGroup[p.verbGroup.length - 1] ?? "";
  if (SPEECH_VERB.test(verb) || p.verbGroup.some((w) => SPEECH_VERB.test(w))) return null;
  const trimmed = trimRest(p.rest);
  if (trimmed.kind === "unsureList") return null;
  const rest = trimmed.text;
  if (rest.includes(M) || POINTS_BACK.test(rest) || /[;:()]/.test(rest)) return null;
  // "Who ... and ...": a coordinated subject ("X and Y won") was cut above; a verb list after it is kept whole.
  // "Lyon had 12 points": a city as the subject stands for its club or its council, so only a country is asked.
  if (chunk.kind === "place" && chunk.noun !== "country") return null;
  // "Which country dropped to fourth?", "Which country has no national levy?": a short predicate says too little to
  // tell which fact is meant, the more so after "is" or "has".
  const words = rest.split(/\s+/).length;
  if (words < 4 || (words < 5 && p.verbGroup.some((w) => /^(?:is|are|was|were|has|have|had)$/.test(w)))) return null;
  const wh = chunk.kind === "person" ? "Who" : `Which ${chunk.noun}`;
  return finish(`${wh} ${p.verbGroup.join(" ")} ${rest}`, tail);
}

/**
 * The name chunks of `sentence` that no other fact of it claims (`taken`: the spans of its facts), each with a
 * subject question when one can be built. A name inside a quotation is what someone said, not a fact of the text.
 */
export function askNameChunks(sentence: string, taken: readonly (readonly [number, number])[], chunks: NameChunk[] = findNameChunks(sentence)): AskedChunk[] {
  // "Tomas Berg, a geologist at the University of Tromsø, said ...": the speaker and where they work say who was
  // quoted, not what happened.
  const speech = SPEECH_IN_SENTENCE.exec(sentence)?.index ?? -1;
  return chunks
    .filter((c) => !taken.some(([s, e]) => s < c.end && c.start < e) && !quoted(sentence, c.start) && !(speech >= 0 && c.start < speech))
    .map((c) => ({ ...c, question: subjectQuestion(sentence, c) }));
}

/**
 * Wrong options for a name: the article's other names of the same kind found by form, in the order the article names
 * them, used when the corpus has too few of its sort. Places and a question's noun must match ("Which agency ...?" takes
 * agencies; a city among countries gives itself away); a person takes any person; an organisation completed as a
 * sentence may take any organisation after those of its own sort. Names of the article, never of another story.
 */
/** The most names one fact keeps as candidate options, in the order the article gives them. */
const MAX_PEERS = 24;

type PeerFact = { kind: string; answer: string; unit: string; question: string | null; orgKind?: string | null; nationality?: string | null };

export function peersOf(fact: PeerFact, all: readonly NameChunk[]): string[] {
  return peersIn(all)(fact);
}

/**
 * peersOf for each fact of one article: the names are sorted by kind and sort once, and a fact reads only those of
 * its own (each in the article's order), not every name of the article (a long article's names times its facts).
 */
export function peersIn(all: readonly NameChunk[]): (fact: PeerFact) => string[] {
  const byKind = new Map<string, NameChunk[]>();
  const byNoun = new Map<string, NameChunk[]>();
  const byOrgKind = new Map<string, NameChunk[]>();
  const placesNotCountry: NameChunk[] = [];
  for (const c of all) {
    addToList(byKind, c.kind, c);
    addToList(byNoun, `${c.kind}\u0000${c.noun}`, c);
    if (c.kind === "organisation") addToList(byOrgKind, organisationKind(c.noun, c.name), c);
    if (c.kind === "place" && c.noun !== "country") placesNotCountry.push(c);
  }
  return (fact) => {
    // A name the text gives a nationality ("Russian deputy prime minister") takes options of that nationality only,
    // which a name's form does not tell.
    if ((fact.kind !== "person" && fact.kind !== "organisation" && fact.kind !== "place") || fact.nationality) return [];
    // A journal's options must be journals, which a name's form does not tell ("Mauritian Wildlife Foundation" is none).
    if (fact.unit === "journal") return [];
    // Names of its sort: a place's or a question's noun must match; an organisation of a known kind takes that kind.
    // ("probably on Suðuroy": a place known only by the preposition before it takes any place but a country.)
    const sameSort =
      fact.kind === "place" && fact.unit === "place" ? placesNotCountry : fact.kind === "organisation" && fact.orgKind && fact.orgKind !== "other" ? (byOrgKind.get(fact.orgKind) ?? []) : (byNoun.get(`${fact.kind}\u0000${fact.unit.toLowerCase()}`) ?? []);
    const passes = fact.kind === "person" || (fact.kind === "organisation" && !fact.question) ? [sameSort, byKind.get(fact.kind) ?? []] : [sameSort];
    const out: string[] = [];
    const seen = new Set<string>();
    for (const names of passes) {
      for (const c of names) {
        // Enough to pick options from: without a bound every name fact of a long article listed every other name,
        // which made a 2 MB article take 70 s instead of 9 (bench:generate).
        if (out.length >= MAX_PEERS) return out;
        if (seen.has(c.name)) continue;
        seen.add(c.name);
        // ("Ho Chi Minh" beside "Ho Chi Minh City": one place twice, or the answer inside an option.)
        if ([fact.answer, ...out].some((n) => c.name.includes(n) || n.includes(c.name))) continue;
        out.push(c.name);
      }
    }
    return out;
  };
}
