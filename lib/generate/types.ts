export type ItemType = "choice" | "cloze" | "typed" | "truefalse";

export type FactKind =
  | "percent"
  | "money"
  | "count"
  | "ordinal"
  | "date"
  | "duration"
  | "person"
  | "organisation"
  | "place";

export interface QuizItem {
  key: string;
  type: ItemType;
  kind: FactKind;
  prompt: string;
  answer: string;
  /** choice: 4 options including the answer, shuffled deterministically; truefalse: ["True","False"]; else []. */
  choices: string[];
  /** Other typed forms that mean the same answer. */
  accepted: string[];
  source: { article: string; sentence: string };
  /** 0 (easy) .. 1 (hard). */
  difficulty: number;
  /**
   * The learned probability that its fact is worth learning (fact-worth.ts), 0..1: core items (>= CORE_FROM, item-tier.ts) go into
   * a deck by default, the rest are "more questions" an instructor adds. Absent (hand-written, unselected): core.
   */
  worth?: number;
}

export type Direction = "rise" | "decline" | null;

/** How a value is written, so distractors can be written the same way. */
export interface ValueForm {
  /** e.g. "US$", "US $", "$", "" */
  prefix: string;
  /** e.g. " billion", "%", " percent", " agreements" */
  suffix: string;
  decimals: number;
  /** Count or ordinal written as words ("two", "fourth"). */
  words: boolean;
  /** Digits grouped with commas ("1,000"). */
  grouped: boolean;
}

export interface Fact {
  article: string;
  kind: FactKind;
  /** Display answer, e.g. "US$3.5 billion", "35.4%", "two", "Dmitry Chernyshenko". */
  answer: string;
  accepted: string[];
  /** Numeric value in base units (money in units of currency, dates as yyyymm or yyyy). */
  value: number | null;
  /** Distractors must share this (currency+scale, "percent", counted noun, date granularity, person rank). */
  unit: string;
  form: ValueForm | null;
  sentence: string;
  /** Offsets of the answer in the sentence, or null when the answer is derived (resolved relative date). */
  span: [number, number] | null;
  /** What is measured / who or what is named ("Vietnam-Russia trade", "Russian Deputy Prime Minister"). */
  measure: string;
  direction: Direction;
  /** Resolved time context ("in 2022"), if any. */
  time: string | null;
  /** Wh-question asking for this fact, or null when no sound question could be built. */
  question: string | null;
  /** The fact's own clause with relative dates resolved; used for ambiguity checks and true/false statements. */
  clause: string;
  /** Qualifier such as "nearly", "some", "around", "about". */
  qualifier: string | null;
  /** The answer was resolved from a relative expression ("last year"), so it is not literally in the sentence. */
  relative: boolean;
  /** Entities: the nationality the text gives ("Russian"), so distractors can match it. */
  nationality?: string | null;
  /**
   * Places within a country (a city, a region): the country the article is about, as its demonym (mainCountry), when
   * one stands out and the place's sentence speaks of no other country or people, so a place from another article is
   * offered only from the same country.
   */
  country?: string | null;
  /** People: official, business, expert or other, so a distractor is the same kind of person. */
  roleKind?: "official" | "business" | "expert" | "other" | null;
  /** Organisations: news agency, ministry, company ...; options must be of the same kind. */
  orgKind?: import("./organisation-kind").OrganisationKind | null;
  /** Found by the form of its name alone (ask-name-chunk.ts): asked only by a question or a completion choice. */
  byForm?: boolean;
  /**
   * Read by its form alone after every rule (fallback-spans.ts): no rule says what the figure is, and worth was never
   * fitted on such facts, so its items stay among the "more questions" (below CORE_FROM), one card a fact.
   */
  fallback?: boolean;
  /** A journal asked as the article's own study's ("In which journal were the results published?"), under its title. */
  ownStudy?: boolean;
  /** A person asked by the office of the article's company ("Who is Veltrax Pharma’s chief executive?"): no blank in their sentence. */
  askedByOffice?: boolean;
  /** For a name: the article's other names of its kind found by form, wrong options when the corpus has too few. */
  peers?: string[];
  /** What a sentence-initial "It" refers to (the previous sentence's named subject), for cloze and true/false. */
  referent?: string | null;
  /**
   * The sentence before, shown ahead of a blank to fill when the fact's sentence points back to it ("These fell by
   * 40%", "In Moldova the figure was about 12%"): without it the blank cannot be placed (points-back.ts).
   */
  lead?: string | null;
}

export interface ArticleContext {
  slug: string;
  title: string;
  source: string | null;
  publishedAt: Date | null;
}

export interface GenerateOptions {
  /** Item types to produce; default all four. */
  types?: ItemType[];
  /** Facts whose learned worth (fact-worth.ts, a probability) is below this get no card; default KEEP_FROM. 0: all kept. */
  keepFrom?: number;
  /** Facts whose learned worth is below this get one card, not one of each type; default FULL_FROM (fact-worth.ts). */
  fullFrom?: number;
  /** Cap on items per fact (after uniqueness); default: one of each type. */
  maxItemsPerFact?: number;
}
