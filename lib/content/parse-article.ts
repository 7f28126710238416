import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { detectLanguage } from "./detect-language";

export interface ArticleInput {
  slug: string;
  title: string;
  source: string | null;
  publishedAt: Date | null;
  body: string;
}

export class ArticleParseError extends Error {
  constructor(
    readonly fileName: string,
    problem: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = "ArticleParseError";
  }
}

// YAML turns an unquoted 2023-04-07 into a Date; accept that and both string forms.
const dateField = z.union([
  z.date(),
  z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "use YYYY-MM-DD or YYYY-MM"),
]);

const frontMatterSchema = z.object({
  title: z.string({ error: "a title is required" }).trim().min(1, "the title is empty"),
  source: z.string().trim().min(1).optional().nullable(),
  published: dateField.optional().nullable(),
});

export function slugFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base
    .replace(/\.[^.]+$/, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function toDate(fileName: string, value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new ArticleParseError(fileName, "the published date is not a real date");
    return value;
  }
  const [y, m, d] = value.split("-").map(Number) as [number, number, number | undefined];
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  // Date.UTC silently rolls 2024-02-31 over into March; refuse instead.
  if (date.getUTCMonth() !== m - 1 || (d !== undefined && date.getUTCDate() !== d)) {
    throw new ArticleParseError(fileName, `the published date "${value}" does not exist`);
  }
  return date;
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return sample.length > 0 && bad / sample.length > 0.02;
}

/** Questions are generated in English from English sentences: another language would give nonsense items. */
function requireEnglish(fileName: string, article: ArticleInput): ArticleInput {
  const guess = detectLanguage(`${article.title}\n${article.body}`);
  if (guess.english) return article;
  const which = guess.language ? `looks like ${guess.language}` : "does not look like English";
  throw new ArticleParseError(fileName, `this article ${which}; only English articles can be turned into questions`);
}

/** Parses a Markdown article with YAML front matter, or a plain-text article (title on the first line). */
export function parseArticle(fileName: string, text: string): ArticleInput {
  return requireEnglish(fileName, parseArticleText(fileName, text));
}

function parseArticleText(fileName: string, text: string): ArticleInput {
  if (looksBinary(text)) throw new ArticleParseError(fileName, "the file is not text (binary content found)");
  const slug = slugFromFileName(fileName);
  if (!slug) throw new ArticleParseError(fileName, "the file name gives no usable slug");
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const isPlain = /\.txt$/i.test(fileName) || !/^---[ \t]*\n/.test(clean);

  if (isPlain) {
    const lines = clean.split("\n");
    const first = lines.findIndex((l) => l.trim() !== "");
    if (first < 0) throw new ArticleParseError(fileName, "the file is empty");
    const title = (lines[first] ?? "").trim().replace(/^#+\s*/, "");
    const body = lines.slice(first + 1).join("\n").trim();
    if (!body) throw new ArticleParseError(fileName, "the article has a title line but no body text");
    return { slug, title, source: null, publishedAt: null, body };
  }

  const end = clean.slice(4).search(/^---[ \t]*$/m);
  if (end < 0) throw new ArticleParseError(fileName, "the front matter is not closed (no second '---' line)");
  const yamlText = clean.slice(4, 4 + end);
  const body = clean.slice(4 + end).replace(/^---[ \t]*\n?/, "").trim();

  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (e) {
    throw new ArticleParseError(fileName, `the front matter is not valid YAML (${(e as Error).message.split("\n")[0]})`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ArticleParseError(fileName, "the front matter must be a YAML mapping with at least a title");
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "front matter";
    const what = field === "title" && (data as Record<string, unknown>).title === undefined ? "a title is required" : issue?.message;
    throw new ArticleParseError(fileName, `invalid ${field}: ${what}`);
  }
  if (!body) throw new ArticleParseError(fileName, "the article body is empty");
  const { title, source, published } = parsed.data;
  return {
    slug,
    title,
    source: source ?? null,
    publishedAt: published == null ? null : toDate(fileName, published),
    body,
  };
}
