import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

// Issue 11: a learner's free-study answers from before they joined showed up as the class's most
// common wrong answer and in the CSV. Only answers given in the class's assigned decks count.
vi.mock("@/lib/server/session", () => import("./fake-session"));
const { session } = await import("./fake-session");

const { assignDeck } = await import("@/lib/server/assignments");
const { createClass, joinClass } = await import("@/lib/server/classes");
const { getDb } = await import("@/lib/server/db");
const { createDeck, publishDeck } = await import("@/lib/server/decks");
const { recordAnswer } = await import("@/lib/server/study");
const { createUser } = await import("@/lib/server/users");
const { clientId, createLearner, uniqueEmail } = await import("./helpers");
const { params } = await import("./route-requests");
const dashboardRoute = await import("@/app/api/classes/[classId]/dashboard/route");
const exportRoute = await import("@/app/api/classes/[classId]/export/route");

const before = new Date("2026-11-01T10:00:00Z");
const now = new Date("2026-11-22T10:00:00Z");

describe("the class dashboard", () => {
  it("counts only answers given in the class's decks, not free study of the same item", async () => {
    const db = getDb();
    const tag = randomUUID().slice(0, 8);
    // a library article (no owner): learners may study it freely, and an instructor may put it in a deck
    const article = await db.article.create({ data: { slug: `scope-${tag}`, title: `Scope ${tag}`, body: "x", contentHash: tag, publishedAt: now } });
    const item = await db.item.create({
      data: { key: `scope-${tag}`, articleId: article.id, type: "typed", kind: "person", prompt: "Who?", answer: "Ada", choices: "[]", sourceSentence: "Ada did." },
    });
    const instructor = await createUser({ name: "Teacher", email: uniqueEmail("scope"), password: "correct horse battery", role: "instructor" });
    const klass = await createClass(instructor.id, { name: "Scope class" });
    const deck = await createDeck(instructor.id, { title: "Scope deck", articleIds: [article.id], kinds: ["person"], types: ["typed"] });
    await publishDeck(instructor.id, deck.id, now);
    await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: null });

    const learner = await createLearner("scope");
    const privateGuess = `private-guess-${tag}`;
    await recordAnswer(learner.id, { clientId: clientId(), itemId: item.id, cardVersion: 0, response: privateGuess }, before);
    await joinClass({ userId: learner.id, address: null }, klass.joinCode, now);
    await recordAnswer(learner.id, { clientId: clientId(), itemId: item.id, cardVersion: 1, response: "Grace", deckId: deck.id }, now);

    session.user = instructor;
    const dashboard = (await (await dashboardRoute.GET(new Request("http://localhost/x"), params({ classId: klass.id }))).json()) as {
      items: { itemId: string; attempts: number; commonWrongAnswer: string | null }[];
      learners: { reviewsLast30Days: number }[];
    };
    expect(dashboard.items.find((i) => i.itemId === item.id)).toMatchObject({ attempts: 1, commonWrongAnswer: "Grace" });
    expect(dashboard.learners[0]?.reviewsLast30Days).toBe(1);
    const csv = await (await exportRoute.GET(new Request(`http://localhost/x?table=items`), params({ classId: klass.id }))).text();
    expect(csv).toContain("Grace");
    expect(csv).not.toContain(privateGuess);
  });
});
