import { describe, expect, it } from "vitest";
import { ArticleParseError, parseArticle } from "@/lib/content/parse-article";

const md = (fm: string, body = "Some body text.") => `---\n${fm}\n---\n\n${body}\n`;

describe("parseArticle", () => {
  it("reads front matter, slug and Markdown body", () => {
    const a = parseArticle("content/My Story_2024.md", md('title: "A story"\nsource: CNA\npublished: 2023-04-07', "## Part\n\nText."));
    expect(a).toEqual({
      slug: "my-story-2024",
      title: "A story",
      source: "CNA",
      publishedAt: new Date(Date.UTC(2023, 3, 7)),
      body: "## Part\n\nText.",
    });
  });

  it("accepts a year-month date and a missing source", () => {
    const a = parseArticle("a.md", md("title: T\npublished: 2024-07"));
    expect(a.publishedAt).toEqual(new Date(Date.UTC(2024, 6, 1)));
    expect(a.source).toBeNull();
  });

  it("reads plain text: first non-empty line is the title, date unknown", () => {
    const a = parseArticle("seed.txt", "\n\nHeadline here\n\nFirst paragraph.\nSecond line.");
    expect(a.title).toBe("Headline here");
    expect(a.publishedAt).toBeNull();
    expect(a.body).toBe("First paragraph.\nSecond line.");
  });

  it("treats Markdown without front matter as plain text", () => {
    expect(parseArticle("x.md", "# Title\n\nBody.").title).toBe("Title");
  });

  it.each([
    ["unterminated front matter", "---\ntitle: T\n\nBody", /not closed/],
    ["missing title", md("source: CNA"), /title is required/],
    ["empty title", md('title: ""'), /title/],
    ["invalid date format", md("title: T\npublished: April 2023"), /published/],
    ["impossible date", md("title: T\npublished: 2024-02-31"), /does not exist/],
    ["empty body", "---\ntitle: T\n---\n\n   \n", /body is empty/],
    ["invalid YAML", "---\ntitle: [unclosed\n---\nBody", /not valid YAML/],
    ["front matter not a mapping", "---\n- a\n- b\n---\nBody", /mapping/],
    ["binary content", "PK\u0003\u0004\u0000\u0000binary", /not text/],
    ["empty plain text", "  \n\n", /empty/],
    ["title without body", "Only a title\n", /no body/],
  ])("rejects %s with a message naming the file", (_name, text, pattern) => {
    const fn = () => parseArticle("bad-file.md", text);
    expect(fn).toThrow(ArticleParseError);
    expect(fn).toThrow(/^bad-file\.md: /);
    expect(fn).toThrow(pattern);
  });
});
