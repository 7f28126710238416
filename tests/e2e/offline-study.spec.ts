import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, devices, expect, test, type Page } from "@playwright/test";
import { PASSWORD, signIn, signUp } from "./support/accounts";
import { queryE2eDatabase } from "./support/e2e-database";
import { answerCard, continueWithRecordedGrade } from "./support/study";

// Issue 14: installable, studied offline on a phone, synced without loss. Run on the Pixel 7 project.
const CHECKED_LATER = "Saved on this device: checked when you are back online.";
const ANSWER_KEYS = ['"answer"', '"accepted"', '"sourceSentence"', '"correct"'];

test.beforeEach(({ isMobile }) => test.skip(!isMobile, "the phone is the offline device"));

interface OfflineDump {
  cards: { card: { itemId: string; type: string; prompt: string; choices: string[]; cardVersion: number } }[];
  outbox: { clientId: string; itemId: string; response: string; cardVersion: number; answeredAt: string }[];
  notices: { clientId: string; kind: string; message: string }[];
}

/** Everything in the app's IndexedDB store, read in the page (empty when the store does not exist). */
function readOfflineStore(page: Page): Promise<OfflineDump> {
  return page.evaluate(async () => {
    const empty = { cards: [], outbox: [], notices: [] };
    if (!(await indexedDB.databases()).some((d) => d.name === "recall-offline")) return empty;
    return new Promise((resolve, reject) => {
      const open = indexedDB.open("recall-offline");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const names = [...db.objectStoreNames];
        const tx = db.transaction(names);
        const out: Record<string, unknown[]> = {};
        for (const name of names) {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => (out[name] = request.result);
        }
        tx.oncomplete = () => {
          db.close();
          resolve({ ...empty, ...out } as never);
        };
      };
    });
  });
}

/** The text of every HTML or JSON response the service worker keeps, by cache. */
function readCachedDocuments(page: Page): Promise<{ cache: string; url: string; body: string }[]> {
  return page.evaluate(async () => {
    const out: { cache: string; url: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response?.headers.get("content-type") ?? "";
        if (response && (type.includes("html") || type.includes("json") || type.includes("x-component"))) out.push({ cache: name, url: request.url, body: await response.text() });
      }
    }
    return out;
  });
}

/** The service worker controls the page, keeps a copy of the study page, and the store holds enough cards. */
async function waitUntilReadyOffline(page: Page, cards: number) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Loaded again through the service worker, which keeps this copy for opening offline.
  await page.reload();
  await expect(page.getByTestId("study-card")).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect.poll(async () => (await readCachedDocuments(page)).filter((d) => d.cache === "study-pages").length).toBeGreaterThan(0);
  await expect.poll(async () => (await readOfflineStore(page)).cards.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(cards);
}

/** Answers the card on screen offline (choices in turn, so some are right and some wrong); returns what was answered. */
async function answerOffline(page: Page, n: number): Promise<{ itemId: string; response: string }> {
  const card = page.getByTestId("study-card");
  await expect(card).toBeVisible();
  const itemId = (await card.getAttribute("data-item-id"))!;
  const choices = page.getByRole("list", { name: "Choices" }).getByRole("button");
  const count = await choices.count();
  let response = "my best guess";
  if (count > 0) {
    const choice = choices.nth(n % count);
    response = (await choice.locator("span").last().textContent())!;
    await choice.tap();
  } else {
    await page.getByPlaceholder("Type your answer").fill(response);
    await page.getByRole("button", { name: "Check" }).tap();
  }
  // No verdict offline: the answer is not on the device.
  await expect(page.getByRole("status")).toHaveText(CHECKED_LATER);
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await expect(card.or(page.getByRole("heading", { name: "Session complete" }))).not.toHaveAttribute("data-item-id", itemId);
  return { itemId, response };
}

test("installable: the manifest and service worker pass the browser's checks, and a page without a copy offline shows the offline page", async ({ baseURL }, testInfo) => {
  // A persistent profile, as a phone's browser: Chromium never offers to install from an incognito context (Playwright's default).
  const profile = mkdtempSync(path.join(tmpdir(), "recall-install-"));
  const context = await chromium.launchPersistentContext(profile, { ...devices["Pixel 7"], ...testInfo.project.use.launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signUp(page, "Installer");
    await page.goto("/study");
    await expect(page.getByTestId("study-card")).toBeVisible();
    const scriptURL = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL));
    expect(new URL(scriptURL!).pathname).toBe("/sw.js");

    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send("Page.getAppManifest")) as { url: string; errors: unknown[]; data?: string };
    expect(new URL(manifest.url).pathname).toBe("/manifest.webmanifest");
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data!) as { start_url: string; display: string; icons: { sizes: string; purpose?: string }[] };
    expect(parsed).toMatchObject({ start_url: "/study", display: "standalone" });
    expect(parsed.icons.map((i) => `${i.sizes} ${i.purpose ?? "any"}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors).toEqual([]);
    for (const icon of ["/favicon.ico", "/icons/icon-192.png", "/icons/apple-touch-icon.png"]) expect((await page.request.get(icon)).status(), icon).toBe(200);

    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.goto("/progress");
    await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
    await context.setOffline(false);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("fifteen cards studied offline, reloaded offline, with a laptop answering two of them meanwhile: every answer stored once, graded right, the conflict shown", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const email = await signUp(page, "Commuter");
  await page.goto("/study");
  await expect(page.getByTestId("study-card")).toBeVisible();
  await waitUntilReadyOffline(page, 16);

  // The answer-leak check, extended to what the device keeps: no answer in IndexedDB or in any cached page.
  const store = await readOfflineStore(page);
  const storeText = JSON.stringify(store);
  for (const key of ANSWER_KEYS) expect(storeText, `${key} in IndexedDB`).not.toContain(key);
  // A typed or fill-in-the-gap card's record never holds its answer (a choice card's options hold it, by design).
  const typed = store.cards.filter((c) => c.card.choices.length === 0);
  expect(typed.length).toBeGreaterThan(0); // mixed types are kept
  const typedAnswers = await queryE2eDatabase<{ id: string; answer: string }>(
    `SELECT "id", "answer" FROM "Item" WHERE "id" IN (${typed.map(() => "?").join(",")})`,
    typed.map((c) => c.card.itemId),
  );
  for (const { id, answer } of typedAnswers) {
    const record = JSON.stringify(typed.find((c) => c.card.itemId === id)).toLowerCase();
    expect(record, `the answer of ${id} in IndexedDB`).not.toContain(answer.toLowerCase());
  }
  const cached = await readCachedDocuments(page);
  for (const doc of cached) {
    for (const key of ANSWER_KEYS) expect(doc.body, `${key} in cached ${doc.url}`).not.toContain(key);
  }

  // The laptop opens the same session while the phone is still online: the same first cards.
  const laptop = await browser.newContext({ baseURL });
  const laptopPage = await laptop.newPage();
  await laptopPage.goto("/sign-in");
  await signIn(laptopPage, email, PASSWORD);
  await expect(laptopPage.getByRole("heading", { name: "Hello, Commuter" })).toBeVisible();
  await laptopPage.goto("/study");
  await expect(laptopPage.getByTestId("study-card")).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByTestId("sync-status")).toHaveText("Offline: answers are kept on this device");
  const given: { itemId: string; response: string }[] = [];
  for (let i = 0; i < 8; i++) given.push(await answerOffline(page, i));
  await expect(page.getByTestId("sync-status")).toHaveText("Offline, 8 answers waiting");

  // Meanwhile the laptop, online, answers the first two of them.
  const laptopAnswered: string[] = [];
  for (let i = 0; i < 2; i++) {
    laptopAnswered.push((await laptopPage.getByTestId("study-card").getAttribute("data-item-id"))!);
    await answerCard(laptopPage);
    await continueWithRecordedGrade(laptopPage);
  }
  expect(laptopAnswered).toEqual(given.slice(0, 2).map((g) => g.itemId));

  // Reloaded offline, the page still works, from the service worker's copy and the device's cards.
  await page.reload();
  await expect(page.getByTestId("study-card")).toBeVisible();
  await expect(page.getByTestId("sync-status")).toHaveText("Offline, 8 answers waiting");
  expect(given.map((g) => g.itemId)).not.toContain(await page.getByTestId("study-card").getAttribute("data-item-id"));
  for (let i = 8; i < 15; i++) given.push(await answerOffline(page, i));
  await expect(page.getByTestId("sync-status")).toHaveText("Offline, 15 answers waiting");

  const outbox = (await readOfflineStore(page)).outbox;
  expect(outbox.map((a) => [a.itemId, a.response])).toEqual(given.map((g) => [g.itemId, g.response]));
  expect(new Set(outbox.map((a) => a.itemId)).size).toBe(15);

  await context.setOffline(false);
  await expect(page.getByTestId("sync-status")).toHaveText("Synced", { timeout: 30_000 });
  // The two the laptop answered first are not dropped: they count after the laptop's, and the learner is told.
  const notices = page.getByTestId("sync-notices").getByRole("listitem");
  await expect(notices).toHaveCount(2);
  await expect(notices.first()).toContainText("also answered on another device");
  expect((await readOfflineStore(page)).outbox).toEqual([]);

  const [user] = await queryE2eDatabase<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [email]);
  const rows = await queryE2eDatabase<{ clientId: string; itemId: string; response: string | null; rating: number; correct: number | boolean; event: string; answer: string; type: string }>(
    `SELECT r."clientId", r."itemId", r."response", r."rating", r."correct", r."event", i."answer", i."type" FROM "ReviewLog" r JOIN "Item" i ON i."id" = r."itemId" WHERE r."userId" = ?`,
    [user!.id],
  );
  expect(rows.filter((r) => r.event === "review")).toHaveLength(17);
  for (const answer of outbox) {
    const stored = rows.filter((r) => r.clientId === answer.clientId);
    expect(stored, `answer to ${answer.itemId} stored once`).toHaveLength(1);
    const row = stored[0]!;
    expect(row).toMatchObject({ itemId: answer.itemId, response: answer.response });
    // Graded by the server on arrival: a choice is right when it is the item's answer; "my best guess" never is.
    const right = row.type === "choice" || row.type === "truefalse" ? answer.response === row.answer : false;
    expect(Boolean(row.correct), `grading of ${answer.itemId}`).toBe(right);
    expect(row.rating).toBe(right ? 3 : 1);
  }
  for (const itemId of laptopAnswered) expect(rows.filter((r) => r.itemId === itemId)).toHaveLength(2);
  await laptop.close();

  // Signing out leaves nothing of the learner's on the device.
  await page.getByRole("button", { name: "Sign out" }).tap();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain("recall-offline");
  expect(await page.evaluate(() => caches.has("study-pages"))).toBe(false);
});

test("offline: Undo takes back an answer still on the device; an answer the server has, and “I was right”, wait for the connection, said plainly", async ({ page, context }) => {
  test.setTimeout(150_000);
  // The answer-leak check on every response: the study page and the cards the device keeps carry no answer.
  const bodies: { url: string; body: string }[] = [];
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    if (pathname === "/study" || pathname === "/api/study/cards") void response.text().then((body) => bodies.push({ url: response.url(), body }), () => undefined);
  });
  const email = await signUp(page, "Undoer");
  await page.goto("/study");
  await expect(page.getByTestId("study-card")).toBeVisible();
  await waitUntilReadyOffline(page, 8);

  // Online, up to a typed card, answered wrong: its feedback offers "I was right".
  const card = page.getByTestId("study-card");
  for (let i = 0; i < 20 && (await page.getByRole("list", { name: "Choices" }).count()) > 0; i++) {
    await answerCard(page, "tap");
    await continueWithRecordedGrade(page, "tap");
  }
  const onlineItem = (await card.getAttribute("data-item-id"))!;
  await page.getByPlaceholder("Type your answer").fill("certainly not this");
  await page.getByRole("button", { name: "Check" }).tap();
  await expect(page.getByTestId("feedback")).toContainText("Not quite");

  await context.setOffline(true);
  const accept = page.getByRole("button", { name: "I was right" });
  await expect(accept).toBeDisabled();
  await expect(page.getByText("“I was right” needs a connection")).toBeVisible();
  await continueWithRecordedGrade(page, "tap");

  // Two answers kept on the device; Undo takes back the second, at once, and shows its card again.
  const first = await answerOffline(page, 0);
  const second = await answerOffline(page, 1);
  await expect(page.getByTestId("sync-status")).toHaveText("Offline, 2 answers waiting");
  await page.getByRole("button", { name: "Undo" }).tap();
  await expect(card).toHaveAttribute("data-item-id", second.itemId);
  await expect(page.getByRole("status")).toHaveText("Answer undone.");
  await expect(page.getByTestId("sync-status")).toHaveText("Offline, 1 answer waiting");
  expect((await readOfflineStore(page)).outbox.map((a) => a.itemId)).toEqual([first.itemId]);
  // Answered again, differently: this is the answer that counts.
  const again = await answerOffline(page, 2);
  expect(again.itemId).toBe(second.itemId);
  // Undo twice more: the first offline answer comes back; the online one before it needs the connection.
  await page.getByRole("button", { name: "Undo" }).tap();
  await page.getByRole("button", { name: "Undo" }).tap();
  await expect(card).toHaveAttribute("data-item-id", first.itemId);
  await page.getByRole("button", { name: "Undo" }).tap();
  await expect(page.getByRole("status")).toHaveText(/reached the server already, so undoing it needs a connection/);
  await expect(card).toHaveAttribute("data-item-id", first.itemId);
  await expect(page.getByTestId("sync-status")).toHaveText("Offline: answers are kept on this device");
  const firstAgain = await answerOffline(page, 3);
  const secondAgain = await answerOffline(page, 4);
  expect([firstAgain.itemId, secondAgain.itemId]).toEqual([first.itemId, second.itemId]);

  // Back online: the undone answers were never sent; each card holds its last answer once, and the online answer is still there.
  await context.setOffline(false);
  await expect(page.getByTestId("sync-status")).toHaveText("Synced", { timeout: 30_000 });
  const [user] = await queryE2eDatabase<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [email]);
  const rows = await queryE2eDatabase<{ itemId: string; response: string | null; event: string }>(`SELECT "itemId", "response", "event" FROM "ReviewLog" WHERE "userId" = ?`, [user!.id]);
  expect(rows.filter((r) => r.itemId === first.itemId)).toEqual([{ itemId: first.itemId, response: firstAgain.response, event: "review" }]);
  expect(rows.filter((r) => r.itemId === second.itemId)).toEqual([{ itemId: second.itemId, response: secondAgain.response, event: "review" }]);
  expect(rows.filter((r) => r.itemId === onlineItem)).toEqual([{ itemId: onlineItem, response: "certainly not this", event: "review" }]);
  expect(rows.filter((r) => r.event !== "review")).toEqual([]);

  // Now online, Undo reaches the online answer again.
  await page.getByRole("button", { name: "Undo" }).tap();
  await expect(page.getByRole("status")).toHaveText("Answer undone.");

  expect(bodies.filter((b) => b.url.includes("/api/study/cards")).length).toBeGreaterThan(0);
  const typedCards: { itemId: string; choices: string[] }[] = [];
  for (const { url, body } of bodies) {
    for (const key of ANSWER_KEYS) expect(body, `${key} in ${url}`).not.toContain(key);
    if (url.includes("/api/study/cards")) typedCards.push(...(JSON.parse(body) as { cards: { itemId: string; choices: string[] }[] }).cards.filter((c) => c.choices.length === 0));
  }
  expect(typedCards.length).toBeGreaterThan(0);
  const answers = await queryE2eDatabase<{ id: string; answer: string }>(
    `SELECT "id", "answer" FROM "Item" WHERE "id" IN (${typedCards.map(() => "?").join(",")})`,
    typedCards.map((c) => c.itemId),
  );
  for (const { id, answer } of answers) {
    expect(JSON.stringify(typedCards.filter((c) => c.itemId === id)).toLowerCase(), `the answer of ${id} in a response`).not.toContain(answer.toLowerCase());
  }
});

test("custom study offline: one kind of fact from the cards kept on the device; misses and study-ahead say they need the connection", async ({ page, context }) => {
  test.setTimeout(120_000);
  await signUp(page, "Customer");
  await page.goto("/study");
  await expect(page.getByTestId("study-card")).toBeVisible();
  await waitUntilReadyOffline(page, 8);
  await page.goto("/study/custom"); // kept by the service worker for opening offline
  await expect(page.getByRole("button", { name: "Study this kind" })).toBeVisible();

  // The kind most of the kept cards are of, so the session has several.
  const kept = (await readOfflineStore(page)).cards.map((c) => c.card as typeof c.card & { kind: string });
  const counts = new Map<string, number>();
  for (const { kind } of kept) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const [kind, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const ofKind = new Set(kept.filter((c) => c.kind === kind).map((c) => c.itemId));

  await context.setOffline(true);
  await page.reload();
  await page.locator('select[name="kind"]').selectOption(kind);
  await page.getByRole("button", { name: "Study this kind" }).tap();
  await expect(page).toHaveURL(new RegExp(`focus=kind&kind=${kind}`));
  const card = page.getByTestId("study-card");
  await expect(card).toBeVisible();
  await expect(page.getByText(`${count} in queue`)).toBeVisible();
  expect(ofKind).toContain(await card.getAttribute("data-item-id"));
  const answered = await answerOffline(page, 0);
  expect(ofKind).toContain(answered.itemId);
  if (count > 1) expect(ofKind).toContain(await card.getAttribute("data-item-id"));
  expect((await readOfflineStore(page)).outbox.map((a) => a.itemId)).toEqual([answered.itemId]);

  await page.goto("/study?focus=misses&days=7");
  await expect(page.getByRole("status")).toHaveText(/Studying recent misses needs a connection/);
  await expect(card).toBeVisible();
  await context.setOffline(false);
});
