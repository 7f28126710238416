import { createHash } from "node:crypto";

/**
 * Deck questions as Anki notes (legacy collection schema 11, what every Anki since 2.1 imports from an .apkg).
 * Choice, typed and true/false questions become "Basic" notes (options on the front); cloze questions become
 * "Cloze" notes with the blank as {{c1::answer}}. Fields are HTML, joined by the unit separator \x1f.
 */
export interface AnkiSourceItem {
  itemId: string;
  type: string;
  prompt: string;
  answer: string;
  choices: string[];
  accepted: string[];
  explanation: string;
}

export type AnkiModelKind = "basic" | "cloze";

export interface AnkiNote {
  guid: string;
  model: AnkiModelKind;
  fields: string[];
  /** fields joined by \x1f, as stored in notes.flds */
  flds: string;
  /** the sort field (the first) without HTML, as Anki stores it */
  sfld: string;
  /** Anki's duplicate-check checksum of the first field */
  csum: number;
}

export const ANKI_FIELD_SEPARATOR = "\x1f";
const BLANK = /_{3,}/;

/** Text as an HTML field: markup characters escaped, line breaks as <br>, no stray field separators. */
export function toAnkiField(text: string): string {
  return text
    .replaceAll(ANKI_FIELD_SEPARATOR, " ")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replace(/\r\n|\r|\n/g, "<br>");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Anki's strip_html: comments and tags removed, entities decoded (the text its checksum and sort field use). */
export function stripAnkiHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->|<[\s\S]*?>/g, "")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** Anki's field checksum: the first 8 hex digits of the SHA-1 of the field without HTML, as an integer. */
export function ankiFieldChecksum(field: string): number {
  return parseInt(createHash("sha1").update(stripAnkiHtml(field)).digest("hex").slice(0, 8), 16);
}

// Anki's own guid alphabet (base91: letters, digits and punctuation that needs no escaping in its files).
const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/**
 * A guid derived from the item id, so exporting the same deck again gives the same guids and Anki updates the
 * notes it already has instead of adding duplicates. Same shape as Anki's guid64 (64 bits in base91).
 */
export function ankiGuid(itemId: string): string {
  let n = createHash("sha1").update(`recall:${itemId}`).digest().readBigUInt64BE(0);
  let guid = "";
  while (n > 0n) {
    guid = BASE91.charAt(Number(n % 91n)) + guid;
    n /= 91n;
  }
  return guid || "a";
}

function backField(item: AnkiSourceItem): string {
  const others = item.accepted.filter((a) => a !== item.answer);
  return [
    toAnkiField(item.answer),
    others.length > 0 ? `Also accepted: ${others.map(toAnkiField).join(", ")}` : "",
    item.explanation ? `<i>${toAnkiField(item.explanation)}</i>` : "",
  ]
    .filter(Boolean)
    .join("<br><br>");
}

function note(itemId: string, model: AnkiModelKind, first: string, second: string): AnkiNote {
  // both fields went through toAnkiField, so neither holds the separator
  return { guid: ankiGuid(itemId), model, fields: [first, second], flds: first + ANKI_FIELD_SEPARATOR + second, sfld: stripAnkiHtml(first), csum: ankiFieldChecksum(first) };
}

/** One question as an Anki note. A cloze prompt without a blank (an edited one) falls back to a Basic note. */
export function toAnkiNote(item: AnkiSourceItem): AnkiNote {
  const blank = item.type === "cloze" ? BLANK.exec(item.prompt) : null;
  if (blank) {
    // "}}" inside the answer would close the cloze early: its braces are written as entities.
    const answer = toAnkiField(item.answer).replaceAll("}", "&#125;");
    const before = toAnkiField(item.prompt.slice(0, blank.index));
    const after = toAnkiField(item.prompt.slice(blank.index + blank[0].length));
    const extra = item.explanation ? toAnkiField(item.explanation) : "";
    return note(item.itemId, "cloze", `${before}{{c1::${answer}}}${after}`, extra);
  }
  const options = item.type === "choice" || item.type === "truefalse" ? item.choices : [];
  const front = toAnkiField(item.prompt) + (options.length > 0 ? `<ol type="A">${options.map((o) => `<li>${toAnkiField(o)}</li>`).join("")}</ol>` : "");
  return note(item.itemId, "basic", front, backField(item));
}
