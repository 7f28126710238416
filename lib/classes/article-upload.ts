import { stringify } from "yaml";

export const MAX_ARTICLE_BYTES = 200 * 1024;
export const ARTICLE_EXTENSIONS = [".md", ".txt"] as const;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

export type ArticleUpload = { title: string; text: string; fileName?: string | null };
export type PreparedArticle = { ok: true; fileName: string; text: string } | { ok: false; error: string };

/**
 * Checks an instructor's pasted or uploaded article and turns it into a file for the importer. The
 * file name is made unique with `suffix`, because the importer keys articles by the name: a clash
 * would overwrite someone else's article. Text without front matter gets a title and date.
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
  let title = upload.title.trim();
  let body = hasFrontMatter ? text.replace(FRONT_MATTER, "") : text.trim();
  if (!hasFrontMatter && !title) {
    // As the importer reads plain text: the first line is the title.
    const [first = "", ...rest] = body.split("\n");
    title = first.replace(/^#+\s*/, "").trim().slice(0, 300);
    body = rest.join("\n");
  }
  if (body.trim().split(/\s+/).length < 20) return { ok: false, error: "That article is too short to make questions from. Paste the whole text." };

  const fileName = `${slugify(title || upload.fileName?.replace(/\.[^.]+$/, "") || "article")}-${suffix}.md`;
  if (hasFrontMatter) return { ok: true, fileName, text };
  const frontMatter = stringify({ title: title.slice(0, 300), published: today.toISOString().slice(0, 10) }).trimEnd();
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
