import { addToList } from "@/lib/util/add-to-list";

/**
 * The people an article has named so far, indexed so that a sentence looks up only those it may name: a scan of
 * every known person for every sentence grew with the article's cast (a 2 MB article names thousands).
 *
 * The lookups return a superset, in the order the people were added, that the caller filters with its own exact
 * test, so results are those of a scan of the whole list.
 */
export interface KnownPeople {
  /** Every person, in the order added. */
  readonly all: string[];
  /** By last word (what follows a name's last space, the whole name if it has none). */
  readonly byLastWord: Map<string, number[]>;
  /** By the first run of word characters (\w) of the last word; people whose last word has none are in `noRun`. */
  readonly byRun: Map<string, number[]>;
  readonly noRun: number[];
  readonly seen: Set<string>;
}

export const lastWordOf = (name: string): string => name.slice(name.lastIndexOf(" ") + 1);

export function newKnownPeople(): KnownPeople {
  return { all: [], byLastWord: new Map(), byRun: new Map(), noRun: [], seen: new Set() };
}


/** Adds a person once (a Set's order: the first time added). */
export function addKnownPerson(people: KnownPeople, name: string): void {
  if (people.seen.has(name)) return;
  people.seen.add(name);
  const i = people.all.push(name) - 1;
  const last = lastWordOf(name);
  addToList(people.byLastWord, last, i);
  const run = /\w+/.exec(last)?.[0];
  if (run === undefined) people.noRun.push(i);
  else addToList(people.byRun, run, i);
}

/** The people whose last word is `name`'s: every p with p === name or p ending in " name" is among them. */
export function peopleEndingLike(people: KnownPeople, name: string): string[] {
  return (people.byLastWord.get(lastWordOf(name)) ?? []).map((i) => people.all[i] as string);
}

/**
 * The people whose last word `text` may write as a whole word (\b on both sides, as /\bword\b/u reads it): each run of
 * word characters inside such a match is a whole run of the text's, so the text's runs find them; a last word
 * without any word character is always listed.
 */
export function peopleMaybeIn(people: KnownPeople, text: string): string[] {
  const found = new Set<number>(people.noRun);
  for (const run of new Set(text.match(/\w+/g) ?? [])) for (const i of people.byRun.get(run) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b).map((i) => people.all[i] as string);
}
