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
