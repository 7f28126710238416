import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { createDeck } from "@/lib/server/decks";
import { runGenerationJobs } from "@/lib/server/generation/run-generation-jobs";
import { addInstructorArticle, getArticleGeneration, getInstructorArticle, listInstructorArticles } from "@/lib/server/instructor-articles";
import { createUser } from "@/lib/server/users";
import { uniqueEmail } from "./helpers";

const now = new Date("2026-11-22T10:00:00Z");
const createInstructor = (label: string) =>
  createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });

const TEXT = `Container traffic through the Port of Haiphong rose 18% in the first nine months of 2026, the Vietnam Maritime Administration said on Thursday.

Transport Minister Tran Hong Minh opened the terminal in Haiphong, saying the port now ranks third among Vietnam's container ports.

Construction of the terminal took 26 months and created about 1,500 jobs, according to the Haiphong People's Committee.`;

describe("an instructor's own article", () => {
  it("is imported as theirs with questions, and hidden from other instructors", async () => {
    const teacher = await createInstructor("author");
    const rival = await createInstructor("rival");
    const added = await addInstructorArticle(teacher.id, { title: "Haiphong port", text: TEXT }, now);
    expect(added.title).toBe("Haiphong port");
    // The upload returns before any question is made; the job makes them.
    expect(await getDb().item.count({ where: { articleId: added.articleId } })).toBe(0);
    expect(await getArticleGeneration(teacher.id, added.articleId)).toMatchObject({ status: "queued", activeItems: 0 });
    const [outcome] = await runGenerationJobs({ only: [added.jobId] });
    expect(outcome).toMatchObject({ status: "done" });
    const article = await getInstructorArticle(teacher.id, added.articleId);
    expect(article.items.length).toBeGreaterThan(0);
    expect(await getArticleGeneration(teacher.id, added.articleId)).toMatchObject({ status: "done", activeItems: article.items.length });
    await expect(getArticleGeneration(rival.id, added.articleId)).rejects.toThrow("That article was not found.");
    expect((await getDb().article.findUniqueOrThrow({ where: { id: added.articleId } })).ownerId).toBe(teacher.id);

    await expect(getInstructorArticle(rival.id, added.articleId)).rejects.toThrow("That article was not found.");
    expect(await listInstructorArticles(rival.id)).toEqual([]);
    await expect(createDeck(rival.id, { title: "Theirs", articleIds: [added.articleId], kinds: ["percent"], types: ["cloze"] })).rejects.toThrow(
      "was not found",
    );
  });

  it("never overwrites another article with the same title or file name", async () => {
    const first = await createInstructor("first");
    const second = await createInstructor("second");
    const a = await addInstructorArticle(first.id, { title: "Notes", text: TEXT, fileName: "notes.md" }, now);
    const b = await addInstructorArticle(second.id, { title: "Notes", text: `${TEXT}\n\nA second paragraph makes it differ.`, fileName: "notes.md" }, now);
    expect(b.articleId).not.toBe(a.articleId);
    const rows = await getDb().article.findMany({ where: { id: { in: [a.articleId, b.articleId] } }, select: { ownerId: true, body: true } });
    expect(rows.map((r) => r.ownerId).sort()).toEqual([first.id, second.id].sort());
  });

  it("stores the title, source and published date given, and reads 'next year' and 'on Oct. 3' from that date", async () => {
    const teacher = await createInstructor("dated");
    const text = `The Port of Haiphong will open a second container terminal next year, the Vietnam Maritime Administration said on Thursday.

Transport Minister Tran Hong Minh will inspect the construction site on Oct. 3, the ministry said in a statement.

The new terminal will cost about $300 million and will handle 2 million containers a year, the administration said.`;
    const added = await addInstructorArticle(teacher.id, { title: "Haiphong expands", text, source: "Vietnam News", published: "2024-05-10" }, now);
    const row = await getDb().article.findUniqueOrThrow({ where: { id: added.articleId }, select: { title: true, source: true, publishedAt: true } });
    expect(row).toEqual({ title: "Haiphong expands", source: "Vietnam News", publishedAt: new Date("2024-05-10T00:00:00Z") });
    await runGenerationJobs({ only: [added.jobId] });
    const items = (await getInstructorArticle(teacher.id, added.articleId)).items;
    const said = items.map((i) => `${i.prompt} ${i.answer}`).join("\n");
    // Published in May 2024: "next year" is 2025 and Oct. 3 is 3 October 2024, not dated from the upload day (2026).
    expect(items.map((i) => i.answer)).toContain("2025");
    expect(items.map((i) => i.answer)).toContain("3 October 2024");
    expect(said).not.toMatch(/2026|2027/);
  });

  it("takes a file's front matter for the fields left empty, and the form's fields over it", async () => {
    const teacher = await createInstructor("front");
    const file = `---\ntitle: Port news\nsource: Wire\npublished: 2023-03-01\n---\n${TEXT}\n`;
    const fromFile = await addInstructorArticle(teacher.id, { title: "", text: file, fileName: "port.md", source: "", published: "" }, now);
    const fromForm = await addInstructorArticle(teacher.id, { title: "", text: file, fileName: "port.md", source: "Agency", published: "2023-04-02" }, now);
    const rows = await getDb().article.findMany({ where: { id: { in: [fromFile.articleId, fromForm.articleId] } }, select: { id: true, title: true, source: true, publishedAt: true } });
    expect(rows.find((r) => r.id === fromFile.articleId)).toMatchObject({ title: "Port news", source: "Wire", publishedAt: new Date("2023-03-01T00:00:00Z") });
    expect(rows.find((r) => r.id === fromForm.articleId)).toMatchObject({ title: "Port news", source: "Agency", publishedAt: new Date("2023-04-02T00:00:00Z") });
  });

  it("refuses a published date in the future or in the wrong form, storing nothing", async () => {
    const teacher = await createInstructor("future");
    await expect(addInstructorArticle(teacher.id, { title: "Port", text: TEXT, published: "2027-01-01" }, now)).rejects.toThrow("The published date 2027-01-01 is in the future.");
    await expect(addInstructorArticle(teacher.id, { title: "Port", text: TEXT, published: "01/03/2024" }, now)).rejects.toThrow("Give the published date as a date (YYYY-MM-DD)");
    expect(await listInstructorArticles(teacher.id)).toEqual([]);
  });

  it("refuses a broken file with the reason in a plain sentence, storing nothing", async () => {
    const teacher = await createInstructor("broken");
    // The importer's own reason comes through, without our internal file name.
    await expect(addInstructorArticle(teacher.id, { title: "", text: `---\ntitle: [unclosed\n---\n${TEXT}`, fileName: "broken.md" }, now)).rejects.toThrow(
      /^We could not read that article: the front matter is not valid YAML/,
    );
    await expect(addInstructorArticle(teacher.id, { title: "", text: `---\ntitle: "Unclosed\n${TEXT}`, fileName: "broken.md" }, now)).rejects.toThrow(
      "The front matter at the top is not closed.",
    );
    await expect(addInstructorArticle(teacher.id, { title: "x", text: TEXT, fileName: "slides.pdf" }, now)).rejects.toThrow(
      "Upload a Markdown (.md) or plain-text (.txt) file.",
    );
    expect(await listInstructorArticles(teacher.id)).toEqual([]);
  });

  it("refuses an article in another language, naming it, instead of making English items from it", async () => {
    const teacher = await createInstructor("spanish");
    const spanish =
      "El tráfico de contenedores en el puerto de Haiphong creció un 18% en los primeros nueve meses de 2026, según la Administración Marítima de Vietnam. El ministro de Transporte inauguró la terminal, que según él es ahora la tercera del país.";
    await expect(addInstructorArticle(teacher.id, { title: "Puerto de Haiphong", text: spanish }, now)).rejects.toThrow(
      "We could not read that article: this article looks like Spanish; only English articles can be turned into questions.",
    );
    expect(await listInstructorArticles(teacher.id)).toEqual([]);
  });
});
