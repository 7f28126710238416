// "Download all my data": the columns of a learner's cards and reviews, one definition for the CSV files and the
// JSON file (whose objects have the same keys, with numbers, booleans and nulls kept as such). Pure: the data
// layer hands rows in, records come out. README.md ("Your data") documents the same columns.
import { toOwnCard } from "@/lib/own-cards/own-card";

export type ExportValue = string | number | boolean | null;
export type ExportRecord = Record<string, ExportValue>;

export type ExportTable = "cards" | "reviews" | "own_cards";
export type ExportFormat = "csv" | "json";

export interface CardExportRow {
  id: string;
  itemId: string;
  due: Date;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
  createdAt: Date;
  item: { kind: string; type: string; prompt: string; answer: string; article: { title: string } };
}

export interface ReviewExportRow {
  id: string;
  reviewedAt: Date;
  event: string;
  cardId: string;
  itemId: string;
  deckId: string | null;
  rating: number;
  correct: boolean | null;
  selfGraded: boolean;
  overridden: boolean;
  response: string | null;
  elapsedDays: number;
  scheduledDays: number;
  durationMs: number;
  tzOffset: number;
  undoesId: string | null;
  item: { prompt: string };
}

export interface FlagExportRow {
  id: string;
  itemId: string;
  deckId: string | null;
  reason: string;
  comment: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  item: { prompt: string };
}

/** One of the learner's own cards (the Item row), whether or not it was studied yet. */
export interface OwnCardExportRow {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  createdAt: Date;
  updatedAt: Date;
}

interface Column<Row> {
  name: string;
  description: string;
  value: (row: Row) => ExportValue;
}

// ts-fsrs's State and Rating numbers, by name: the file is read by people and spreadsheets, not by ts-fsrs.
const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
const RATING_NAMES = ["", "again", "hard", "good", "easy"] as const;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const CARD_COLUMNS: readonly Column<CardExportRow>[] = [
  { name: "card_id", description: "the card's id (reviews name it in card_id)", value: (c) => c.id },
  { name: "item_id", description: "the question's id", value: (c) => c.itemId },
  { name: "article", description: "title of the article the question comes from", value: (c) => c.item.article.title },
  { name: "fact_kind", description: "percent, money, count, ordinal, date, duration, person, organisation or place", value: (c) => c.item.kind },
  { name: "question_type", description: "choice, cloze, typed or truefalse", value: (c) => c.item.type },
  { name: "prompt", description: "the question as generated (a deck's own wording is not included)", value: (c) => c.item.prompt },
  { name: "answer", description: "the expected answer", value: (c) => c.item.answer },
  { name: "state", description: "new, learning, review or relearning (FSRS)", value: (c) => STATE_NAMES[c.state] ?? String(c.state) },
  { name: "due", description: "when the card is next due (ISO 8601, UTC)", value: (c) => iso(c.due) },
  { name: "stability", description: "FSRS stability in days", value: (c) => c.stability },
  { name: "difficulty", description: "FSRS difficulty, 1 to 10", value: (c) => c.difficulty },
  { name: "reps", description: "answers counted by the scheduler", value: (c) => c.reps },
  { name: "lapses", description: "times forgotten after being learned", value: (c) => c.lapses },
  { name: "last_review", description: "the last answer (ISO 8601, UTC); empty if never answered", value: (c) => iso(c.lastReview) },
  { name: "created_at", description: "when the card was first shown (ISO 8601, UTC)", value: (c) => iso(c.createdAt) },
];

export const REVIEW_COLUMNS: readonly Column<ReviewExportRow>[] = [
  { name: "review_id", description: "the log entry's id", value: (r) => r.id },
  { name: "reviewed_at", description: "when it was answered (ISO 8601, UTC)", value: (r) => iso(r.reviewedAt) },
  { name: "event", description: "review (an answer) or undo (takes back the answer in undoes_review_id)", value: (r) => r.event },
  { name: "card_id", description: "the card answered", value: (r) => r.cardId },
  { name: "item_id", description: "the question answered", value: (r) => r.itemId },
  { name: "deck_id", description: "the deck it was answered in; empty in free study", value: (r) => r.deckId },
  { name: "prompt", description: "the question as generated", value: (r) => r.item.prompt },
  { name: "response", description: "what was chosen or typed; empty when the answer was revealed", value: (r) => r.response },
  { name: "correct", description: "true or false as the app graded the answer (for a self-graded one, rating says more); empty for an undo", value: (r) => r.correct },
  { name: "self_graded", description: "true when the answer was revealed and graded by the learner", value: (r) => r.selfGraded },
  {
    name: "overridden",
    description: "true when the app graded a typed answer wrong and the learner accepted it as right (that wrong grade is undone by an undo row)",
    value: (r) => r.overridden,
  },
  { name: "rating", description: "again, hard, good or easy; empty for an undo", value: (r) => RATING_NAMES[r.rating] || null },
  { name: "elapsed_days", description: "days since the card's previous answer", value: (r) => r.elapsedDays },
  { name: "scheduled_days", description: "days until the card was due again after this answer", value: (r) => r.scheduledDays },
  { name: "duration_ms", description: "time taken to answer, in milliseconds", value: (r) => r.durationMs },
  { name: "utc_offset_minutes", description: "the device's offset from UTC when answering, in minutes east", value: (r) => r.tzOffset },
  { name: "undoes_review_id", description: "for an undo: the review it takes back", value: (r) => r.undoesId },
];

// Reports the learner made about questions (JSON file only: they are few and mostly text).
export const FLAG_COLUMNS: readonly Column<FlagExportRow>[] = [
  { name: "flag_id", description: "the report's id", value: (f) => f.id },
  { name: "item_id", description: "the question reported", value: (f) => f.itemId },
  { name: "deck_id", description: "the deck it was studied in; empty in free study", value: (f) => f.deckId },
  { name: "prompt", description: "the question as generated", value: (f) => f.item.prompt },
  { name: "reason", description: "wrong or unclear", value: (f) => f.reason },
  { name: "comment", description: "what the learner wrote", value: (f) => f.comment },
  { name: "status", description: "open, resolved or dismissed", value: (f) => f.status },
  { name: "created_at", description: "when it was first reported (ISO 8601, UTC)", value: (f) => iso(f.createdAt) },
  { name: "updated_at", description: "when it was last reported or changed (ISO 8601, UTC)", value: (f) => iso(f.updatedAt) },
  { name: "closed_at", description: "when the deck's owner closed it; empty while open", value: (f) => iso(f.closedAt) },
];

// The cards the learner wrote ("My cards"), as they wrote them; their schedules are among the cards above.
export const OWN_CARD_COLUMNS: readonly Column<OwnCardExportRow>[] = [
  { name: "item_id", description: "the card's question id (cards and reviews name it in item_id)", value: (c) => c.id },
  { name: "card_type", description: "basic (front and back) or cloze (a sentence with one {{c1::…}} gap)", value: (c) => toOwnCard(c).type },
  { name: "front", description: "a basic card's front; empty for a cloze card", value: (c) => { const card = toOwnCard(c); return card.type === "basic" ? card.front : null; } },
  { name: "back", description: "a basic card's back; empty for a cloze card", value: (c) => { const card = toOwnCard(c); return card.type === "basic" ? card.back : null; } },
  { name: "cloze_text", description: "a cloze card's sentence with its gap marked as {{c1::answer}}; empty for a basic card", value: (c) => { const card = toOwnCard(c); return card.type === "cloze" ? card.text : null; } },
  { name: "created_at", description: "when the card was written (ISO 8601, UTC)", value: (c) => iso(c.createdAt) },
  { name: "updated_at", description: "when it was last written or edited (ISO 8601, UTC)", value: (c) => iso(c.updatedAt) },
];

export const EXPORT_COLUMNS = { cards: CARD_COLUMNS, reviews: REVIEW_COLUMNS, own_cards: OWN_CARD_COLUMNS, flags: FLAG_COLUMNS } as const;

export function toCardRecord(row: CardExportRow): ExportRecord {
  return Object.fromEntries(CARD_COLUMNS.map((c) => [c.name, c.value(row)]));
}

export function toReviewRecord(row: ReviewExportRow): ExportRecord {
  return Object.fromEntries(REVIEW_COLUMNS.map((c) => [c.name, c.value(row)]));
}

export function toOwnCardRecord(row: OwnCardExportRow): ExportRecord {
  return Object.fromEntries(OWN_CARD_COLUMNS.map((c) => [c.name, c.value(row)]));
}

export function toFlagRecord(row: FlagExportRow): ExportRecord {
  return Object.fromEntries(FLAG_COLUMNS.map((c) => [c.name, c.value(row)]));
}

/** e.g. recall-reviews-2026-11-29.csv, recall-data-2026-11-29.json: ASCII only, safe in Content-Disposition. */
export function exportFileName(what: ExportTable | "data", format: ExportFormat, now: Date): string {
  return `recall-${what}-${now.toISOString().slice(0, 10)}.${format}`;
}
