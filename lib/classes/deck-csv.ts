import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { HandWrittenItemSchema, type HandWrittenItem } from "./hand-written-item";

/**
 * A deck as CSV, one question a row (documented in README, "Decks as CSV"). `choices` and `accepted` hold several
 * values separated by `|`; `kind` is a kind of fact or "other"; `explanation` is shown after answering.
 */
export const DECK_CSV_COLUMNS = ["type", "kind", "prompt", "answer", "choices", "accepted", "explanation"] as const;
const REQUIRED = ["type", "prompt", "answer"] as const;
export const MAX_DECK_CSV_ROWS = 2000;
export const MAX_DECK_CSV_BYTES = 1024 * 1024;
const LIST_SEPARATOR = "|";

export interface DeckCsvRow {
  type: string;
  kind: string;
  prompt: string;
  answer: string;
  choices: string[];
  accepted: string[];
  explanation: string;
}

// Formulas are neutralised on export (a leading apostrophe, as spreadsheets do); the import takes it off again.
const FORMULA_START = /^'(?=[=+\-@\t\r])/;
const CSV_OPTIONS = { escape_formulas: true, record_delimiter: "windows" } as const;

export function deckToCsv(rows: readonly DeckCsvRow[]): string {
  return stringify(
    rows.map((r) => [r.type, r.kind, r.prompt, r.answer, r.choices.join(LIST_SEPARATOR), r.accepted.join(LIST_SEPARATOR), r.explanation]),
    { ...CSV_OPTIONS, header: true, columns: [...DECK_CSV_COLUMNS] },
  );
}

export type ParsedDeckCsv = { ok: true; items: HandWrittenItem[] } | { ok: false; error: string };

const newlines = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;
const splitList = (text: string) => (text.trim() === "" ? [] : text.split(LIST_SEPARATOR).map((v) => v.trim()));

/**
 * Reads a deck CSV into hand-written questions, all or nothing: the first problem is named with its line number
 * (the line a question starts on, as a text editor counts), and nothing is returned with it.
 */
export function parseDeckCsv(text: string): ParsedDeckCsv {
  if (new TextEncoder().encode(text).length > MAX_DECK_CSV_BYTES) return { ok: false, error: `That file is over ${MAX_DECK_CSV_BYTES / 1024 / 1024} MB. Split it into smaller decks.` };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, error: `Line ${(error as CsvError & { lines?: number }).lines ?? "?"}: ${describeCsvError(error)}` };
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, error: "The file is empty. Export a deck to see the columns it needs." };
  const names = header.record.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !(DECK_CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0) return { ok: false, error: `Line 1: unknown column "${unknown[0]}". The columns are ${DECK_CSV_COLUMNS.join(", ")}.` };
  const missing = REQUIRED.filter((n) => !names.includes(n));
  if (missing.length > 0) return { ok: false, error: `Line 1: the header has no "${missing[0]}" column. The columns are ${DECK_CSV_COLUMNS.join(", ")}.` };
  if (rows.length === 0) return { ok: false, error: "The file has a header but no questions." };
  if (rows.length > MAX_DECK_CSV_ROWS) return { ok: false, error: `The file has ${rows.length} questions; a deck takes at most ${MAX_DECK_CSV_ROWS}.` };
  const items: HandWrittenItem[] = [];
  for (const { record, info } of rows) {
    const line = info.lines - record.reduce((n, field) => n + newlines(field), 0);
    const field = (name: string) => {
      const i = names.indexOf(name);
      return i < 0 ? "" : (record[i] ?? "").replace(FORMULA_START, "");
    };
    const kind = field("kind").trim();
    const parsed = HandWrittenItemSchema.safeParse({
      type: field("type").trim().toLowerCase(),
      ...(kind ? { kind: kind.toLowerCase() } : {}),
      prompt: field("prompt"),
      answer: field("answer"),
      choices: splitList(field("choices")),
      accepted: splitList(field("accepted")),
      explanation: field("explanation"),
    });
    if (!parsed.success) return { ok: false, error: `Line ${line}: ${parsed.error.issues[0]?.message ?? "this question is not valid."}` };
    items.push(parsed.data);
  }
  return { ok: true, items };
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is never closed. Check the quotes (a quote inside a field is written twice).";
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
      return "this row has a different number of fields from the header. Quote fields that hold commas.";
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a quote closes a field in the middle. Quote the whole field and write a quote inside it twice.";
    default:
      return "this line cannot be read as CSV.";
  }
}
