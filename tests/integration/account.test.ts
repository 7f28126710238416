import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MailMessage, Mailer } from "@/lib/server/mailer";

vi.mock("@/lib/server/session", () => import("./fake-session"));

const { session } = await import("./fake-session");
const { getDb } = await import("@/lib/server/db");
const { createUser, getSessionUserForToken, verifyCredentials } = await import("@/lib/server/users");
const { confirmEmailChange, deleteAccount, findUsableEmailChange, getAccountDeletionSummary, getPendingEmailChange, requestEmailChange } = await import("@/lib/server/account");
const { readCardPages, readReviewPages } = await import("@/lib/server/account-export");
const { GET: exportRoute } = await import("@/app/api/account/export/route");
const { changeEmailAction, deleteAccountAction } = await import("@/app/settings/account-data-actions");
const { confirmEmailChangeAction } = await import("@/app/confirm-email/actions");
const { uniqueAddress, uniqueEmail } = await import("./helpers");

const PASSWORD = "correct horse battery";
const now = new Date("2026-11-29T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

function fakeMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (message) => void sent.push(message) };
}

async function newUser(label: string, role: "learner" | "instructor" = "learner") {
  const email = uniqueEmail(label);
  const user = await createUser({ name: `Test ${label}`, email, password: PASSWORD, role });
  return user;
}

/** An article with `count` items, made directly (no generator). */
async function createArticle(ownerId: string | null, count = 2) {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `acct-${tag}`, title: `Article ${tag}`, body: "Trade rose 24% in 2024.", contentHash: tag, ownerId } });
  const itemIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const item = await db.item.create({
      data: { key: `acct-${tag}-${i}`, articleId: article.id, type: "typed", kind: "percent", prompt: `=Question ${i}, "${tag}"?`, answer: "24%", sourceSentence: "Trade rose 24% in 2024." },
    });
    itemIds.push(item.id);
  }
  return { articleId: article.id, itemIds };
}

/** A card and one review of it, as the study service writes them. */
async function answer(userId: string, itemId: string, at: Date, response = "24%") {
  const db = getDb();
  const card = await db.card.upsert({
    where: { userId_itemId: { userId, itemId } },
    create: { userId, itemId, due: minutes(60 * 24), reps: 1, state: 2, lastReview: at, stability: 2.5 },
    update: { reps: { increment: 1 }, lastReview: at },
  });
  await db.reviewLog.create({
    data: { userId, clientId: randomUUID(), cardId: card.id, itemId, rating: 3, correct: true, response, stateBefore: "{}", stateAfter: "{}", reviewedAt: at, tzOffset: -300 },
  });
  await db.reviewDay.upsert({
    where: { userId_day_kind: { userId, day: "2026-11-29", kind: "percent" } },
    create: { userId, day: "2026-11-29", kind: "percent", reviews: 1, correct: 1 },
    update: { reviews: { increment: 1 } },
  });
  return card;
}

beforeEach(() => {
  session.user = null;
});

const APP_URL = "https://recall.example";

/** The token of the confirmation link in a message. */
const linkToken = (message: MailMessage | undefined) => /\/confirm-email\?token=([A-Za-z0-9_-]{43})/.exec(message?.text ?? "")?.[1] ?? "";

describe("change email", () => {
  const ask = (userId: string, newEmail: string, mailer: Mailer, password = PASSWORD, at = now) =>
    requestEmailChange(userId, { newEmail, password }, { appUrl: APP_URL, now: at, mailer });

  it("normalises the new email, needs the password, and changes nothing until the link sent to the new address is opened", async () => {
    const user = await newUser("mover");
    const mailer = fakeMailer();
    const db = getDb();
    await db.passwordReset.create({ data: { tokenHash: randomUUID(), userId: user.id, expiresAt: minutes(30) } });
    const target = uniqueEmail("moved");

    await expect(ask(user.id, target, mailer, "not my password")).rejects.toThrow("Your current password is not right");
    const { pendingEmail, delivery } = await ask(user.id, `  ${target.toUpperCase()} `, mailer);
    await delivery;
    expect(pendingEmail).toBe(target);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: target, subject: "Confirm your new Recall email address" });
    expect(mailer.sent[0]!.text).toContain(`${APP_URL}/confirm-email?token=`);
    // Not yet: the old address still signs in and the reset link still works.
    expect((await getSessionUserForToken(user.id, 0))?.email).toBe(user.email);
    expect((await verifyCredentials({ email: user.email, password: PASSWORD }, null, now)).id).toBe(user.id);
    expect(await db.passwordReset.count({ where: { userId: user.id } })).toBe(1);
    expect(await getPendingEmailChange(user.id, now)).toMatchObject({ newEmail: target });

    const token = linkToken(mailer.sent[0]);
    expect(await findUsableEmailChange(token, now)).toEqual({ newEmail: target });
    const { email, notice } = await confirmEmailChange({ token }, minutes(5), { mailer });
    await notice;
    expect(email).toBe(target);
    expect((await getSessionUserForToken(user.id, 0))?.email).toBe(target);
    await expect(verifyCredentials({ email: user.email, password: PASSWORD }, null, now)).rejects.toThrow("do not match");
    expect((await verifyCredentials({ email: target, password: PASSWORD }, null, now)).id).toBe(user.id);
    expect(await db.passwordReset.count({ where: { userId: user.id } })).toBe(0);
    expect(mailer.sent[1]).toMatchObject({ to: user.email, subject: "Your Recall email address was changed" });
    expect(mailer.sent[1]!.text).toContain(target);
    expect(await getPendingEmailChange(user.id, minutes(5))).toBeNull();
    // A link works once.
    await expect(confirmEmailChange({ token }, minutes(6), { mailer })).rejects.toThrow("expired, was already used");
  });

  it("only the newest link works, and none after a day", async () => {
    const user = await newUser("hesitant");
    const mailer = fakeMailer();
    await ask(user.id, uniqueEmail("first"), mailer);
    const second = uniqueEmail("second");
    await ask(user.id, second, mailer);
    const [firstToken, secondToken] = mailer.sent.map(linkToken);
    expect(await findUsableEmailChange(firstToken!, now)).toBeNull();
    await expect(confirmEmailChange({ token: firstToken! }, now, { mailer })).rejects.toThrow("replaced by a newer one");
    expect(await findUsableEmailChange(secondToken!, minutes(24 * 60 + 1))).toBeNull();
    await expect(confirmEmailChange({ token: secondToken! }, minutes(24 * 60 + 1), { mailer })).rejects.toThrow("expired");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await findUsableEmailChange("not-a-token", now)).toBeNull();
  });

  it("refuses an email another account has, or the same one, and changes nothing; one taken meanwhile fails at the link", async () => {
    const user = await newUser("keeper");
    const other = await newUser("owner");
    const mailer = fakeMailer();
    await expect(ask(user.id, other.email, mailer)).rejects.toThrow("Another account already uses that email");
    await expect(ask(user.id, user.email, mailer)).rejects.toThrow("already your email");
    expect(mailer.sent).toHaveLength(0);

    const contested = uniqueEmail("contested");
    await ask(user.id, contested, mailer);
    await createUser({ name: "Quick", email: contested, password: PASSWORD, role: "learner" });
    await expect(confirmEmailChange({ token: linkToken(mailer.sent[0]) }, now, { mailer })).rejects.toThrow("Another account already uses that email");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("limits email change requests per account", async () => {
    const user = await newUser("serial-mover");
    const mailer = fakeMailer();
    for (let i = 0; i < 10; i++) await ask(user.id, uniqueEmail(`hop${i}`), mailer);
    await expect(ask(user.id, uniqueEmail("hop11"), mailer)).rejects.toThrow("Too many email changes");
  });

  it("the request action re-checks the caller and validates the email; the confirm action needs a whole token", async () => {
    expect(await changeEmailAction({ newEmail: uniqueEmail("x"), password: PASSWORD })).toMatchObject({ ok: false, code: "unauthenticated" });
    const user = await newUser("action-mover");
    session.user = user;
    expect(await changeEmailAction({ newEmail: "not an email", password: PASSWORD })).toMatchObject({ ok: false, code: "invalid", error: expect.stringContaining("valid email") });
    expect(await confirmEmailChangeAction({ token: "short" })).toMatchObject({ ok: false, code: "invalid", error: expect.stringContaining("not complete") });
    expect(await confirmEmailChangeAction({ token: "A".repeat(43) })).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("delete account", () => {
  it("deletes a learner's cards, answers, daily counts, memberships, reset links and sign-in counters; sign-in then fails", async () => {
    const db = getDb();
    const learner = await newUser("leaver");
    const stayer = await newUser("stayer");
    const teacher = await newUser("their-teacher", "instructor");
    const { itemIds } = await createArticle(null);
    await answer(learner.id, itemIds[0]!, minutes(-10));
    await answer(stayer.id, itemIds[0]!, minutes(-10));
    const klass = await db.class.create({ data: { name: "Kept class", joinCode: randomUUID().slice(0, 6), instructorId: teacher.id } });
    await db.membership.create({ data: { classId: klass.id, userId: learner.id } });
    await db.passwordReset.create({ data: { tokenHash: randomUUID(), userId: learner.id, expiresAt: minutes(30) } });
    await expect(verifyCredentials({ email: learner.email, password: "wrong password!" }, uniqueAddress(), now)).rejects.toThrow();
    expect(await db.signInThrottle.count({ where: { key: { contains: learner.email } } })).toBeGreaterThan(0);

    await expect(deleteAccount(learner.id, { password: "wrong password!", confirmation: "delete my account" }, now)).rejects.toThrow("not right");
    expect(await db.user.count({ where: { id: learner.id } })).toBe(1);

    await deleteAccount(learner.id, { password: PASSWORD, confirmation: " Delete my account " }, now);
    expect(await db.user.count({ where: { id: learner.id } })).toBe(0);
    for (const count of [
      db.card.count({ where: { userId: learner.id } }),
      db.reviewLog.count({ where: { userId: learner.id } }),
      db.reviewDay.count({ where: { userId: learner.id } }),
      db.membership.count({ where: { userId: learner.id } }),
      db.passwordReset.count({ where: { userId: learner.id } }),
      db.signInThrottle.count({ where: { key: { contains: learner.email } } }),
    ]) {
      expect(await count).toBe(0);
    }
    await expect(verifyCredentials({ email: learner.email, password: PASSWORD }, null, now)).rejects.toThrow("do not match");
    expect(await getSessionUserForToken(learner.id, 0)).toBeNull();
    // Nobody else's data went with it.
    expect(await db.reviewLog.count({ where: { userId: stayer.id } })).toBe(1);
    expect(await db.class.count({ where: { id: klass.id } })).toBe(1);
    expect(await db.item.count({ where: { id: itemIds[0] } })).toBe(1);
  });

  it("needs the typed confirmation, through the action, which re-checks the caller", async () => {
    const learner = await newUser("hesitant");
    expect(await deleteAccountAction({ password: PASSWORD, confirmation: "delete my account" })).toMatchObject({ ok: false, code: "unauthenticated" });
    session.user = learner;
    expect(await deleteAccountAction({ password: PASSWORD, confirmation: "yes" })).toMatchObject({ ok: false, code: "invalid", error: expect.stringContaining("delete my account") });
    expect(await getDb().user.count({ where: { id: learner.id } })).toBe(1);
    expect(await deleteAccountAction({ password: PASSWORD, confirmation: "delete my account" })).toEqual({ ok: true, data: { deleted: true } });
    expect(await getDb().user.count({ where: { id: learner.id } })).toBe(0);
  });

  it("an instructor's classes, decks and uploaded articles go too; their learners keep the rest and recount their days", async () => {
    const db = getDb();
    const teacher = await newUser("retiring", "instructor");
    const learner = await newUser("pupil");
    const own = await createArticle(teacher.id);
    const shared = await createArticle(null);
    const klass = await db.class.create({ data: { name: "Gone class", joinCode: randomUUID().slice(0, 6), instructorId: teacher.id } });
    await db.membership.create({ data: { classId: klass.id, userId: learner.id } });
    const deck = await db.deck.create({ data: { title: "Gone deck", ownerId: teacher.id, items: { create: own.itemIds.map((itemId) => ({ itemId })) } } });
    await db.assignment.create({ data: { classId: klass.id, deckId: deck.id } });
    await answer(learner.id, own.itemIds[0]!, minutes(-5));
    await answer(learner.id, shared.itemIds[0]!, minutes(-4));

    expect(await getAccountDeletionSummary(teacher.id)).toEqual({ cards: 0, reviews: 0, classes: 1, classLearners: 1, decks: 1, articles: 1, ownCards: 0 });
    await deleteAccount(teacher.id, { password: PASSWORD, confirmation: "delete my account" }, now);

    expect(await db.class.count({ where: { id: klass.id } })).toBe(0);
    expect(await db.deck.count({ where: { id: deck.id } })).toBe(0);
    expect(await db.article.count({ where: { id: own.articleId } })).toBe(0);
    expect(await db.item.count({ where: { articleId: own.articleId } })).toBe(0);
    expect(await db.membership.count({ where: { userId: learner.id } })).toBe(0);
    // The learner's answers on the shared library stay; those on the deleted article's questions went with them.
    expect(await db.reviewLog.findMany({ where: { userId: learner.id }, select: { itemId: true } })).toEqual([{ itemId: shared.itemIds[0] }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).reviewDaysStale).toBe(true);
    expect(await db.article.count({ where: { id: shared.articleId } })).toBe(1);
  });
});

describe("download all my data", () => {
  it("reads every card and answer of the caller only, in order, across pages", async () => {
    const user = await newUser("pager");
    const other = await newUser("neighbour");
    const { itemIds } = await createArticle(null, 5);
    for (const [i, itemId] of itemIds.entries()) await answer(user.id, itemId, minutes(-i)); // newest first
    await answer(user.id, itemIds[0]!, minutes(-30)); // two at one item: a second review of one card
    await answer(user.id, itemIds[1]!, minutes(-30)); // same millisecond as the one before
    await answer(other.id, itemIds[0]!, minutes(-1));

    const cards = [];
    for await (const page of readCardPages(user.id, { pageSize: 2 })) cards.push(...page);
    expect(cards).toHaveLength(5);
    expect(new Set(cards.map((c) => c.itemId))).toEqual(new Set(itemIds));

    const reviews = [];
    for await (const page of readReviewPages(user.id, { pageSize: 2 })) reviews.push(...page);
    expect(reviews).toHaveLength(7);
    expect(new Set(reviews.map((r) => r.id)).size).toBe(7);
    const times = reviews.map((r) => r.reviewedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("the route answers only a signed-in caller, with their own data as CSV and JSON downloads", async () => {
    const user = await newUser("exporter");
    const other = await newUser("private");
    const { itemIds } = await createArticle(null, 1);
    await answer(user.id, itemIds[0]!, minutes(-3), "=1+1, \"quoted\"\nnext line");
    await answer(other.id, itemIds[0]!, minutes(-2), "not yours");
    await getDb().itemFlag.create({ data: { userId: user.id, itemId: itemIds[0]!, reason: "unclear", comment: "Which year?" } });
    await getDb().itemFlag.create({ data: { userId: other.id, itemId: itemIds[0]!, reason: "wrong", comment: "not your flag" } });

    expect((await exportRoute(new Request("http://app.test/api/account/export?format=json"))).status).toBe(401);
    session.user = user;
    expect((await exportRoute(new Request("http://app.test/api/account/export?format=xml"))).status).toBe(400);

    const csv = await exportRoute(new Request("http://app.test/api/account/export?format=csv&table=reviews"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="recall-reviews-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await csv.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "review_id,reviewed_at,event,card_id,item_id,deck_id,prompt,response,correct,self_graded,overridden,rating,elapsed_days,scheduled_days,duration_ms,utc_offset_minutes,undoes_review_id",
    );
    expect(text).toContain(`"'=1+1, ""quoted""\nnext line"`);
    expect(text).toContain(",true,false,false,good,0,0,0,-300,");
    expect(text).not.toContain("not yours");

    const json = await exportRoute(new Request("http://app.test/api/account/export?format=json"));
    expect(json.headers.get("content-disposition")).toMatch(/filename="recall-data-.*\.json"/);
    const body = (await json.json()) as {
      account: { email: string };
      cards: Record<string, unknown>[];
      reviews: Record<string, unknown>[];
      flags: Record<string, unknown>[];
      columns: { cards: unknown[] };
    };
    expect(body.account.email).toBe(user.email);
    expect(body.cards).toEqual([expect.objectContaining({ item_id: itemIds[0], state: "review", reps: 1, stability: 2.5, answer: "24%" })]);
    expect(body.reviews).toEqual([expect.objectContaining({ response: "=1+1, \"quoted\"\nnext line", correct: true, rating: "good", deck_id: null })]);
    expect(body.flags).toEqual([expect.objectContaining({ item_id: itemIds[0], reason: "unclear", comment: "Which year?", status: "open", closed_at: null })]);
    expect(body.columns.cards.length).toBe(Object.keys(body.cards[0]!).length);
  });

  it("an account with no answers downloads a header and empty lists", async () => {
    session.user = await newUser("fresh");
    const csv = await (await exportRoute(new Request("http://app.test/api/account/export?format=csv&table=cards"))).text();
    expect(csv.replace(/^\uFEFF/, "").trim().split("\r\n")).toHaveLength(1);
    const json = (await (await exportRoute(new Request("http://app.test/api/account/export?format=json"))).json()) as { cards: unknown[]; reviews: unknown[] };
    expect(json).toMatchObject({ cards: [], reviews: [], flags: [] });
  });
});
