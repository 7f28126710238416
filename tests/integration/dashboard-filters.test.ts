import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DashboardQuerySchema } from "@/lib/classes/filter-dashboard";
import { assignDeck } from "@/lib/server/assignments";
import { getFilteredClassDashboard } from "@/lib/server/class-dashboard";
import { createClass, joinClass } from "@/lib/server/classes";
import { getDb } from "@/lib/server/db";
import { createDeck, publishDeck } from "@/lib/server/decks";
import { NotFoundError } from "@/lib/server/errors";
import { recordAnswer } from "@/lib/server/study";
import { createUser } from "@/lib/server/users";
import { clientId, uniqueEmail } from "./helpers";

const dueBefore = new Date("2026-11-10T10:00:00Z");
const now = new Date("2026-11-22T10:00:00Z");
const query = (q: Record<string, string>) => DashboardQuerySchema.parse(q);

describe("getFilteredClassDashboard", () => {
  it("pages and filters the class's learners and questions on the server, keeping the whole class beside them", async () => {
    const db = getDb();
    const tag = randomUUID().slice(0, 8);
    const article = await db.article.create({ data: { slug: `pages-${tag}`, title: `Pages ${tag}`, body: "x", contentHash: tag, publishedAt: now } });
    const items = [];
    for (let i = 1; i <= 26; i++) {
      items.push(
        await db.item.create({
          data: { key: `pages-${tag}-${i}`, articleId: article.id, type: "typed", kind: i % 2 ? "person" : "place", prompt: `Who built harbour ${i}?`, answer: i === 7 ? "Hồ Quý Ly" : `Builder ${i}`, choices: "[]", sourceSentence: "x" },
        }),
      );
    }
    const instructor = await createUser({ name: "Teacher", email: uniqueEmail("pages"), password: "correct horse battery", role: "instructor" });
    const klass = await createClass(instructor.id, { name: "Pages class" });
    const deck = await createDeck(instructor.id, { title: "Pages deck", articleIds: [article.id], kinds: ["person", "place"], types: ["typed"] });
    await publishDeck(instructor.id, deck.id, dueBefore);
    await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: null });
    // the assignment fell due before now
    await db.assignment.updateMany({ where: { classId: klass.id }, data: { dueAt: dueBefore } });

    const join = async (name: string) => {
      const user = await createUser({ name, email: uniqueEmail(name.split(" ")[0]!.toLowerCase()), password: "correct horse battery", role: "learner" });
      await joinClass({ userId: user.id, address: null }, klass.joinCode, dueBefore);
      return user;
    };
    const ada = await join("Ada Lovelace");
    const bea = await join("Bea Nakamura");
    await join("Cy Đặng");
    for (const item of items) await recordAnswer(ada.id, { clientId: clientId(), itemId: item.id, cardVersion: 0, response: "nobody", deckId: deck.id }, dueBefore);
    await recordAnswer(bea.id, { clientId: clientId(), itemId: items[0]!.id, cardVersion: 0, response: "nobody", deckId: deck.id }, dueBefore);

    const all = await getFilteredClassDashboard(instructor.id, klass.id, query({}), now, db);
    expect(all.learners).toHaveLength(3);
    expect(all.items).toHaveLength(26);
    expect(all.learnerPage).toMatchObject({ total: 3, page: 1, pages: 1 });
    expect(all.itemPage).toMatchObject({ total: 26, page: 1, pages: 2 });
    expect(all.itemPage.items).toHaveLength(25);

    const names = (q: Record<string, string>) => getFilteredClassDashboard(instructor.id, klass.id, query(q), now, db).then((d) => d.learnerPage.items.map((l) => l.name));
    expect(await names({ lshow: "behind" })).toEqual(["Bea Nakamura", "Cy Đặng"]);
    expect(await names({ lshow: "not-started" })).toEqual(["Cy Đặng"]);
    expect(await names({ lq: "dang" })).toEqual(["Cy Đặng"]);
    expect(await names({ lq: ada.email })).toEqual(["Ada Lovelace"]);

    const page2 = await getFilteredClassDashboard(instructor.id, klass.id, query({ ipage: "2", lq: "bea" }), now, db);
    expect(page2.itemPage).toMatchObject({ total: 26, page: 2, pages: 2 });
    expect(page2.itemPage.items).toHaveLength(1);
    expect(page2.learnerPage.items.map((l) => l.name)).toEqual(["Bea Nakamura"]);
    // the rest of the dashboard (and so the CSV, which reads it) stays the whole class
    expect(page2.learners).toHaveLength(3);
    expect(page2.assignments[0]?.learners).toHaveLength(3);

    const prompts = (q: Record<string, string>) => getFilteredClassDashboard(instructor.id, klass.id, query(q), now, db).then((d) => d.itemPage.items.map((i) => i.prompt));
    expect(await prompts({ iq: "ho quy ly" })).toEqual(["Who built harbour 7?"]);
    expect((await prompts({ ikind: "place" })).length).toBe(13);
    expect(await prompts({ ishow: "unanswered" })).toEqual([]);
    expect((await prompts({ ishow: "answered", ikind: "person", iq: "harbour 2" })).sort()).toEqual(["Who built harbour 21?", "Who built harbour 23?", "Who built harbour 25?"]);

    // only the class's own instructor
    const other = await createUser({ name: "Other", email: uniqueEmail("other"), password: "correct horse battery", role: "instructor" });
    await expect(getFilteredClassDashboard(other.id, klass.id, query({}), now, db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFilteredClassDashboard(bea.id, klass.id, query({}), now, db)).rejects.toBeInstanceOf(NotFoundError);
  });
});
