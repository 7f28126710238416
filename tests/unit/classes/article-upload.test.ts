import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MAX_ARTICLE_BYTES, prepareArticleUpload, publishedDateProblem, slugify } from "@/lib/classes/article-upload";

const today = new Date("2026-11-22T10:00:00Z");
const body = "Trade between Vietnam and Russia rose 24% in 2024 to reach 4.57 billion US dollars, the ministry said on Tuesday in Hanoi.";

describe("prepareArticleUpload", () => {
  it("adds front matter with the title and date to pasted text, under a unique file name", () => {
    const prepared = prepareArticleUpload({ title: 'Trade: "up" 24%', text: body }, "ab12cd34", today);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.fileName).toBe("trade-up-24-ab12cd34.md");
    const [, front, rest] = prepared.text.split("---\n");
    expect(parse(front!)).toEqual({ title: 'Trade: "up" 24%', published: "2026-11-22" });
    expect(rest).toBe(`${body}\n`);
  });

  it("keeps a Markdown file's own front matter", () => {
    const text = `---\ntitle: "Own title"\n---\n${body}\n`;
    const prepared = prepareArticleUpload({ title: "", text, fileName: "notes.md" }, "x1", today);
    expect(prepared).toEqual({ ok: true, fileName: "notes-x1.md", text });
  });

  it("refuses front matter that is never closed instead of importing it as text", () => {
    expect(prepareArticleUpload({ title: "", text: `---\ntitle: "Half\n${body}` }, "x", today)).toEqual({
      ok: false,
      error: "The front matter at the top is not closed. Add a line with --- after it, or remove the first ---.",
    });
  });

  it("takes the first line as the title when none is given, as the importer reads plain text", () => {
    const prepared = prepareArticleUpload({ title: "", text: `# Vietnam trade\n\n${body}`, fileName: "notes.txt" }, "x1", today);
    expect(prepared).toEqual({ ok: true, fileName: "vietnam-trade-x1.md", text: `---\ntitle: Vietnam trade\npublished: 2026-11-22\n---\n${body}\n` });
  });

  it("refuses other file types, files over the limit, binary files and scraps, in plain sentences", () => {
    expect(prepareArticleUpload({ title: "t", text: body, fileName: "a.pdf" }, "x", today)).toEqual({
      ok: false,
      error: "Upload a Markdown (.md) or plain-text (.txt) file.",
    });
    const big = prepareArticleUpload({ title: "t", text: "word ".repeat(MAX_ARTICLE_BYTES / 5 + 1) }, "x", today);
    expect(big.ok === false && big.error).toMatch(/limit is 200 KB/);
    const binary = prepareArticleUpload({ title: "t", text: `${body}\u0000` }, "x", today);
    expect(binary.ok === false && binary.error).toMatch(/not plain text/);
    const short = prepareArticleUpload({ title: "t", text: "Too short." }, "x", today);
    expect(short.ok === false && short.error).toMatch(/too short/);
  });

  it("slugs titles to safe file names", () => {
    expect(slugify("Écoles & Élèves!")).toBe("ecoles-eleves");
    expect(slugify("???")).toBe("article");
  });
});

describe("an upload's title, source and published date", () => {
  const frontOf = (text: string) => parse(text.split("---\n")[1] ?? "") as Record<string, unknown>;

  it("stores the source and date given with pasted text, instead of dating it the upload day", () => {
    const prepared = prepareArticleUpload({ title: "Trade", text: body, source: " Reuters ", published: "2024-10-03" }, "x", today);
    expect(prepared.ok && frontOf(prepared.text)).toEqual({ title: "Trade", source: "Reuters", published: "2024-10-03" });
  });

  it("fills empty form fields from the file's front matter, and the form wins where it is given", () => {
    const file = `---\ntitle: Own title\nsource: Wire\npublished: 2023-03-01\nauthor: A. Writer\n---\n${body}\n`;
    const fromFile = prepareArticleUpload({ title: "", text: file, fileName: "a.md", source: "", published: "" }, "x", today);
    expect(fromFile).toEqual({ ok: true, fileName: "a-x.md", text: file });
    const fromForm = prepareArticleUpload({ title: "Form title", text: file, fileName: "a.md", source: "", published: "2023-04-02" }, "x", today);
    expect(fromForm.ok && frontOf(fromForm.text)).toEqual({ title: "Form title", source: "Wire", published: "2023-04-02", author: "A. Writer" });
    expect(fromForm.ok && fromForm.text.endsWith(`---\n${body}\n`)).toBe(true);
    const sourceOnly = prepareArticleUpload({ title: "", text: file, source: "Agency" }, "x", today);
    expect(sourceOnly.ok && frontOf(sourceOnly.text)).toMatchObject({ title: "Own title", source: "Agency", published: "2023-03-01" });
  });

  it("refuses a date in the future, one that does not exist or is not a date, saying what to do", () => {
    expect(prepareArticleUpload({ title: "t", text: body, published: "2026-12-01" }, "x", today)).toEqual({
      ok: false,
      error: "The published date 2026-12-01 is in the future. Give the day the article was published (today at the latest).",
    });
    expect(publishedDateProblem("2025-02-29", today)).toBe("There is no date 2025-02-29. Check the day and month.");
    expect(publishedDateProblem("3 Oct 2024", today)).toMatch(/is not a date\. Use the date picker or write it as YYYY-MM-DD/);
    // The file's own date is checked too, and the message says where it came from.
    const future = prepareArticleUpload({ title: "", text: `---\ntitle: T\npublished: 2030-01-01\n---\n${body}\n` }, "x", today);
    expect(future.ok === false && future.error).toMatch(/^The published date 2030-01-01 is in the future.*front matter/);
  });

  it("accepts today and tomorrow in UTC (already today east of UTC), not the day after", () => {
    expect(publishedDateProblem("2026-11-22", today)).toBeNull();
    expect(publishedDateProblem("2026-11-23", today)).toBeNull();
    expect(publishedDateProblem("2026-11-24", today)).toMatch(/in the future/);
    expect(publishedDateProblem("1999-12-31", today)).toBeNull();
  });
});
