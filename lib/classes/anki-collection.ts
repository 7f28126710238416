import { ANKI_ROLLOVER_HOUR, type AnkiCardSchedule, type AnkiRevlogFields } from "@/lib/srs/anki-schedule";
import { type AnkiModelKind, type AnkiNote } from "./anki-notes";

/**
 * The rows of an Anki collection (legacy schema 11) holding one deck: the `col` row with its JSON (models, decks,
 * deck options, settings), the notes, their cards (new, or with a learner's schedule) and the review log. Pure: ids
 * come from `now`.
 */
export const ANKI_SCHEMA_VERSION = 11;

// Fixed note type ids: every export uses the same two, so Anki matches them on a second import.
export const ANKI_MODEL_IDS: Record<AnkiModelKind, number> = { basic: 1_764_000_000_001, cloze: 1_764_000_000_002 };
const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;

export interface AnkiColRow {
  id: number;
  crt: number;
  mod: number;
  scm: number;
  ver: number;
  dty: number;
  usn: number;
  ls: number;
  conf: string;
  models: string;
  decks: string;
  dconf: string;
  tags: string;
}
export interface AnkiNoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  usn: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
  flags: number;
  data: string;
}
/** A `cards` row: the schedule (anki-schedule.ts) and the columns that place it. */
export interface AnkiCardRow extends AnkiCardSchedule {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
  usn: number;
  odue: number;
  odid: number;
  flags: number;
}

const CSS = ".card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }\n.cloze { font-weight: bold; color: blue; }";
const LATEX_PRE = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] });
const template = (name: string, qfmt: string, afmt: string) => ({ name, ord: 0, qfmt, afmt, bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 });

function model(kind: AnkiModelKind, deckId: number, mod: number) {
  const common = { id: ANKI_MODEL_IDS[kind], mod, usn: -1, sortf: 0, did: deckId, css: CSS, latexPre: LATEX_PRE, latexPost: "\\end{document}", latexsvg: false, req: [[0, "any", [0]]], tags: [], vers: [] };
  return kind === "basic"
    ? { ...common, name: "Recall Basic", type: 0, flds: [field("Front", 0), field("Back", 1)], tmpls: [template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")] }
    : { ...common, name: "Recall Cloze", type: 1, flds: [field("Text", 0), field("Back Extra", 1)], tmpls: [template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")] };
}

function deck(id: number, name: string, mod: number, desc: string) {
  return { id, name, mod, usn: -1, desc, dyn: 0, conf: DEFAULT_CONF_ID, collapsed: false, browserCollapsed: false, extendNew: 0, extendRev: 0, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0] };
}

// Anki's stock deck options ("Default"), which a new collection starts with.
const DEFAULT_DCONF = {
  id: DEFAULT_CONF_ID,
  name: "Default",
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
};

/** A `revlog` row: the answer (anki-schedule.ts) with its card. */
export interface AnkiRevlogRow extends AnkiRevlogFields {
  cid: number;
  usn: number;
}

export interface AnkiCollection {
  col: AnkiColRow;
  notes: AnkiNoteRow[];
  cards: AnkiCardRow[];
  revlog: AnkiRevlogRow[];
}

/** A learner's schedule for the notes (lib/srs/anki-schedule.ts): one card per note, in the same order. */
export interface AnkiScheduling {
  /** col.crt (epoch seconds, the start of a study day) and Anki's creationOffset (minutes west of UTC then) */
  crt: number;
  creationOffset: number;
  cards: readonly AnkiCardSchedule[];
  /** answers in log order; `card` is the index of the note whose card was answered */
  revlog: readonly (AnkiRevlogFields & { card: number })[];
  deckDescription: string;
}

const NEW_CARD = (position: number): AnkiCardSchedule => ({ type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "" });

/**
 * One deck named `deckName` holding `notes` in order, each with one card: new (due in deck order) unless
 * `scheduling` gives its state, with the review log.
 */
export function buildAnkiCollection(deckName: string, notes: readonly AnkiNote[], now: Date, scheduling?: AnkiScheduling): AnkiCollection {
  if (scheduling && scheduling.cards.length !== notes.length) throw new RangeError("Every note needs its card's schedule.");
  const ms = now.getTime();
  const secs = Math.floor(ms / 1000);
  const deckId = ms;
  // Anki splits deck names on "::" into subdecks; a title is one deck.
  const name = deckName.replaceAll("::", ":").trim() || "Recall deck";
  // v2 scheduler settings, so Anki does not "upgrade" the cards from v1 on import, with its day start at our 4 a.m.
  const crt = scheduling?.crt ?? secs - (secs % 86_400);
  const timing = { schedVer: 2, sched2021: true, rollover: ANKI_ROLLOVER_HOUR, creationOffset: scheduling?.creationOffset ?? 0 };
  const conf = { ...timing, activeDecks: [DEFAULT_DECK_ID], curDeck: DEFAULT_DECK_ID, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: ANKI_MODEL_IDS.basic, nextPos: notes.length + 1, sortType: "noteFld", sortBackwards: false, addToCur: true };
  const col: AnkiColRow = {
    id: 1,
    crt,
    mod: ms,
    scm: ms,
    ver: ANKI_SCHEMA_VERSION,
    dty: 0,
    usn: 0,
    ls: 0,
    conf: JSON.stringify(conf),
    models: JSON.stringify({ [ANKI_MODEL_IDS.basic]: model("basic", deckId, secs), [ANKI_MODEL_IDS.cloze]: model("cloze", deckId, secs) }),
    decks: JSON.stringify({ [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, "Default", secs, ""), [deckId]: deck(deckId, name, secs, scheduling?.deckDescription ?? "Exported from Recall.") }),
    dconf: JSON.stringify({ [DEFAULT_CONF_ID]: DEFAULT_DCONF }),
    tags: "{}",
  };
  const noteRows = notes.map((n, i): AnkiNoteRow => ({ id: ms + i, guid: n.guid, mid: ANKI_MODEL_IDS[n.model], mod: secs, usn: -1, tags: "", flds: n.flds, sfld: n.sfld, csum: n.csum, flags: 0, data: "" }));
  const cards = noteRows.map((n, i): AnkiCardRow => ({ id: ms + i, nid: n.id, did: deckId, ord: 0, mod: secs, usn: -1, ...(scheduling?.cards[i] ?? NEW_CARD(i + 1)), odue: 0, odid: 0, flags: 0 }));
  const revlog = (scheduling?.revlog ?? []).map(({ card, ...entry }): AnkiRevlogRow => {
    const cid = cards[card]?.id;
    if (cid === undefined) throw new RangeError(`A review names card ${card}, which is not in the collection.`);
    return { ...entry, cid, usn: -1 };
  });
  return { col, notes: noteRows, cards, revlog };
}
