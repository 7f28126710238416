import { parse as parseYaml, stringify } from "yaml";

export const MAX_ARTICLE_BYTES = 200 * 1024;
export const ARTICLE_EXTENSIONS = [".md", ".txt"] as const;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

export type ArticleUpload = {
  title: string;
  text: string;
  fileName?: string | null;
  /** Who published it ("Reuters"); empty: the file's front matter, else none. */
  source?: string;
  /** YYYY-MM-DD; empty: the file's front matter, else the upload day. */
  published?: string;
};
export type PreparedArticle = { ok: true; fileName: string; text: string } | { ok: false; error: string };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Why a published date cannot be used, or null. `today` is the server's UTC day; a day later is still accepted,
 * since it is already tomorrow where the instructor lives when they are ahead of UTC.
 */
export function publishedDateProblem(published: string, today: Date): string | null {
  const m = ISO_DAY.exec(published);
  if (!m) return `The published date "${published}" is not a date. Use the date picker or write it as YYYY-MM-DD.`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return `There is no date ${published}. Check the day and month.`;
  if (y < 1800) return `The published date ${published} is too early. Check the year.`;
  const latest = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1);
  if (date.getTime() > latest) return `The published date ${published} is in the future. Give the day the article was published (today at the latest).`;
  return null;
}

/** A front-matter date as the importer reads it: YAML may give a Date, or a string (YYYY-MM-DD or YYYY-MM). */
function frontMatterDay(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}$/.test(value.trim())) return `${value.trim()}-01`;
  return typeof value === "string" ? value.trim() : null;
}

function readFrontMatter(text: string): Record<string, unknown> | null {
  const block = FRONT_MATTER.exec(text)?.[0].replace(/^---\r?\n/, "").replace(/\r?\n---\r?\n$/, "") ?? "";
  try {
    const data: unknown = parseYaml(block);
    return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Checks an instructor's pasted or uploaded article and turns it into a file for the importer. The
 * file name is made unique with `suffix`, because the importer keys articles by the name: a clash
 * would overwrite someone else's article. Title, source and published date come from the form when given, else
 * from the file's front matter; text without either is dated the upload day.
 */
export function prepareArticleUpload(upload: ArticleUpload, suffix: string, today: Date): PreparedArticle {
  if (upload.fileName) {
    const lower = upload.fileName.toLowerCase();
    if (!ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
      return { ok: false, error: "Upload a Markdown (.md) or plain-text (.txt) file." };
    }
  }
  const bytes = new TextEncoder().encode(upload.text).length;
  if (bytes > MAX_ARTICLE_BYTES) {
    return { ok: false, error: `That article is ${Math.ceil(bytes / 1024)} KB; the limit is ${MAX_ARTICLE_BYTES / 1024} KB. Split it into parts.` };
  }
  // A NUL or replacement character means the file was not text (or not UTF-8).
  if (upload.text.includes("\u0000") || upload.text.includes("\uFFFD")) return { ok: false, error: "That file is not plain text. Save it as UTF-8 text and try again." };
  const text = upload.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const hasFrontMatter = FRONT_MATTER.test(text);
  if (!hasFrontMatter && /^---[ \t]*\n/.test(text)) {
    return { ok: false, error: "The front matter at the top is not closed. Add a line with --- after it, or remove the first ---." };
  }
  const source = (upload.source ?? "").trim();
  const published = (upload.published ?? "").trim();
  const dateProblem = published ? publishedDateProblem(published, today) : null;
  if (dateProblem) return { ok: false, error: dateProblem };
  let title = upload.title.trim();
  let body = hasFrontMatter ? text.replace(FRONT_MATTER, "") : text.trim();
  if (!hasFrontMatter && !title) {
    // As the importer reads plain text: the first line is the title.
    const [first = "", ...rest] = body.split("\n");
    title = first.replace(/^#+\s*/, "").trim().slice(0, 300);
    body = rest.join("\n");
  }
  if (body.trim().split(/\s+/).length < 20) return { ok: false, error: "That article is too short to make questions from. Paste the whole text." };

  const own = hasFrontMatter ? readFrontMatter(text) : null;
  const fileName = `${slugify(title || upload.fileName?.replace(/\.[^.]+$/, "") || "article")}-${suffix}.md`;
  if (hasFrontMatter) {
    // Front matter that is not a YAML mapping goes to the importer as it is, which says what is wrong with it.
    if (!own) return { ok: true, fileName, text };
    const ownDay = own.published == null ? null : frontMatterDay(own.published);
    const ownDayProblem = !published && ownDay ? publishedDateProblem(ownDay, today) : null;
    if (ownDayProblem) return { ok: false, error: `${ownDayProblem} (That date is in the file's front matter; a date given in the form replaces it.)` };
    if (!title && !source && !published) return { ok: true, fileName, text };
    const merged = { ...own, ...(title ? { title: title.slice(0, 300) } : {}), ...(source ? { source } : {}), ...(published ? { published } : {}) };
    return { ok: true, fileName, text: `---\n${stringify(merged).trimEnd()}\n---\n${body}` };
  }
  const frontMatter = stringify({ title: title.slice(0, 300), ...(source ? { source } : {}), published: published || today.toISOString().slice(0, 10) }).trimEnd();
  return { ok: true, fileName, text: `---\n${frontMatter}\n---\n${body.trim()}\n` };
}

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "article"
  );
}
