import { stringify } from "csv-stringify/sync";
import { EXPORT_COLUMNS, type ExportRecord, type ExportTable } from "./data-export";

// The export's files as text chunks, one per page of records, so the route can stream them. CSV through
// csv-stringify (RFC 4180 quoting; text a spreadsheet would run as a formula is prefixed with a quote).

const CSV_OPTIONS = {
  escape_formulas: true,
  record_delimiter: "windows",
  cast: { boolean: (value: boolean) => (value ? "true" : "false") },
} as const;

/** A CSV file of one table: a byte-order mark (spreadsheets then read UTF-8), the header, then each page. */
export async function* toCsvChunks(table: ExportTable, pages: AsyncIterable<ExportRecord[]>): AsyncGenerator<string> {
  const columns = EXPORT_COLUMNS[table].map((c) => c.name);
  yield "\uFEFF" + stringify([columns], CSV_OPTIONS);
  for await (const records of pages) {
    yield stringify(records, { ...CSV_OPTIONS, columns });
  }
}

/**
 * One JSON document: { exported_at, account, columns, cards, reviews, own_cards, flags }, each list written as it is read. The
 * records have the CSV files' keys, with numbers, booleans and nulls kept.
 */
export async function* toJsonChunks(parts: {
  exportedAt: Date;
  account: object;
  cards: AsyncIterable<ExportRecord[]>;
  reviews: AsyncIterable<ExportRecord[]>;
  own_cards: AsyncIterable<ExportRecord[]>;
  flags: AsyncIterable<ExportRecord[]>;
}): AsyncGenerator<string> {
  const columns = Object.fromEntries(Object.entries(EXPORT_COLUMNS).map(([table, cols]) => [table, cols.map(({ name, description }) => ({ name, description }))]));
  yield `{"exported_at":${JSON.stringify(parts.exportedAt.toISOString())},"account":${JSON.stringify(parts.account)},"columns":${JSON.stringify(columns)}`;
  for (const table of ["cards", "reviews", "own_cards", "flags"] as const) {
    yield `,${JSON.stringify(table)}:[`;
    let first = true;
    for await (const records of parts[table]) {
      if (records.length === 0) continue;
      yield (first ? "" : ",") + records.map((r) => JSON.stringify(r)).join(",");
      first = false;
    }
    yield "]";
  }
  yield "}\n";
}

/** Maps each page of an async sequence. */
export async function* mapPages<T, U>(pages: AsyncIterable<T[]>, map: (row: T) => U): AsyncGenerator<U[]> {
  for await (const page of pages) yield page.map(map);
}
