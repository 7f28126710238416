import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MAX_ARTICLE_BYTES, prepareArticleUpload, slugify } from "@/lib/classes/article-upload";

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
