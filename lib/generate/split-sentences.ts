export interface Sentence {
  text: string;
  /** Index of the sentence in the article (0-based). */
  index: number;
  /** The preceding sentence in the same paragraph, for pronoun context. */
  previous: string | null;
  heading: string | null;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Gov|Sen|Rep|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|approx)|\b[A-Z](?:\.[A-Z])*)\.$/;

/** Splits a Markdown body into sentences; headings are context, not sentences. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let heading: string | null = null;
  const paragraphs = body.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").split(/\n\s*\n/);
  for (const para of paragraphs) {
    const trimmed = para.trim();
    if (!trimmed) continue;
    const headingMatch = /^#{1,6}\s+(.+)$/.exec(trimmed);
    if (headingMatch && !trimmed.includes("\n")) {
      heading = (headingMatch[1] ?? "").trim();
      continue;
    }
    const text = trimmed
      .split("\n")
      .map((l) => l.replace(/^\s*(?:[-*+]|\d+\.)\s+/, "").replace(/^>\s?/, ""))
      .join(" ")
      .replace(/[*_`]{1,2}([^*_`]+)[*_`]{1,2}/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/\s+/g, " ");
    let previous: string | null = null;
    let start = 0;
    const re = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
    let m: RegExpExecArray | null;
    const pieces: string[] = [];
    while ((m = re.exec(text))) {
      const end = m.index + m[0].length;
      const candidate = text.slice(start, end);
      // "U.S." followed by a capital may still end a sentence, but "Mr." and "Apr." do not.
      if (m[0] === "." && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 12), m.index + 1)) && !/U\.S\.$|U\.N\.$/.test(candidate)) continue;
      // Keep a multi-sentence quotation together with its attribution.
      const opens = (candidate.match(/\u201c/g) ?? []).length;
      const closes = (candidate.match(/\u201d/g) ?? []).length;
      const straight = (candidate.match(/"/g) ?? []).length;
      if (opens > closes || straight % 2 === 1) continue;
      pieces.push(candidate.trim());
      start = end;
    }
    pieces.push(text.slice(start).trim());
    for (const piece of pieces) {
      if (!piece) continue;
      out.push({ text: piece, index: out.length, previous, heading });
      previous = piece;
    }
  }
  return out;
}
