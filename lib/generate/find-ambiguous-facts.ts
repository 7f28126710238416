import type { Fact } from "./types";
import { addToList } from "@/lib/util/add-to-list";

const STOP = new Set(
  "a an the of to in on at by for and or but with from as is was were are be been did do does what which who how many much when whom roughly percentage amount year month date edition long according that this its their his her it than into after before during between since until there".split(" "),
);

export function contentWords(text: string): string[] {
  return [...new Set(text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9$%.]+/).map((w) => w.replace(/\.$/, "")).filter((w) => w.length > 1 && !STOP.has(w)))];
}

/**
 * Facts whose question could also be answered by another fact of the same kind with a different answer:
 * every content word of the question appears in the other fact's clause. An inverted index on words
 * keeps this near-linear: only facts sharing the question's rarest word are compared.
 */
export function findAmbiguousFacts(facts: Fact[]): Set<Fact> {
  // Kind, then word: the facts of that kind whose words hold it. (One map per kind rather than a "kind|word" key:
  // building and hashing a new key string for each word of each fact was 2 s of a 2 MB article.)
  const index = new Map<string, Map<string, Fact[]>>();
  const words = new Map<Fact, Set<string>>();
  // Each answer lower-cased once, not once per comparison.
  const lowerAnswer = new Map<Fact, string>();
  // A sentence holds many facts: its words are found once (the words of a joined text are those of its parts).
  const sentenceWords = new Map<string, string[]>();
  for (const f of facts) {
    let inSentence = sentenceWords.get(f.sentence);
    if (!inSentence) sentenceWords.set(f.sentence, (inSentence = contentWords(f.sentence)));
    const w = new Set([...contentWords(`${f.clause === f.sentence ? "" : f.clause} ${f.time ?? ""} ${f.measure}`), ...inSentence]);
    words.set(f, w);
    lowerAnswer.set(f, f.answer.toLowerCase());
    let byWord = index.get(f.kind);
    if (!byWord) index.set(f.kind, (byWord = new Map()));
    for (const word of w) addToList(byWord, word, f);
  }
  const ambiguous = new Set<Fact>();
  const none: Fact[] = [];
  for (const f of facts) {
    if (!f.question) continue;
    const answer = lowerAnswer.get(f) ?? "";
    const qWords = contentWords(f.question).filter((w) => !answer.includes(w));
    if (qWords.length === 0) {
      ambiguous.add(f);
      continue;
    }
    const byWord = index.get(f.kind);
    let rarest: Fact[] | undefined;
    for (const w of qWords) {
      const list = byWord?.get(w) ?? none;
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const question = f.question.toLowerCase();
    for (const other of rarest ?? []) {
      const otherAnswer = lowerAnswer.get(other) ?? "";
      if (other === f || otherAnswer === answer) continue;
      // "To which city ... from Seoul?" names Seoul, so Seoul cannot be a second answer to it.
      if (question.includes(otherAnswer)) continue;
      if (other.sentence === f.sentence && other.clause !== f.clause) continue;
      const ow = words.get(other);
      if (ow && qWords.every((w) => ow.has(w))) {
        ambiguous.add(f);
        break;
      }
    }
  }
  return ambiguous;
}
