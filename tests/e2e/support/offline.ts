// The device side of offline study (issue 14), read and driven from a Playwright page.
import { expect, type Page } from "@playwright/test";

export const CHECKED_LATER = "Saved on this device: checked when you are back online.";

export interface OfflineDump {
  cards: { card: { itemId: string; type: string; prompt: string; choices: string[]; cardVersion: number } }[];
  outbox: { clientId: string; itemId: string; response: string; cardVersion: number; answeredAt: string }[];
  notices: { clientId: string; kind: string; message: string }[];
}

/** Everything in the app's IndexedDB store, read in the page (empty when the store does not exist). */
export function readOfflineStore(page: Page): Promise<OfflineDump> {
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
export function readCachedDocuments(page: Page): Promise<{ cache: string; url: string; body: string }[]> {
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
export async function waitUntilReadyOffline(page: Page, cards: number) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Loaded again through the service worker, which keeps this copy for opening offline.
  await page.reload();
  await expect(page.getByTestId("study-card")).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  await expect.poll(async () => (await readCachedDocuments(page)).filter((d) => d.cache === "study-pages").length).toBeGreaterThan(0);
  await expect.poll(async () => (await readOfflineStore(page)).cards.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(cards);
}

/** Answers the card on screen offline (choices in turn, so some are right and some wrong); returns what was answered. */
export async function answerOffline(page: Page, n: number, how: "tap" | "click" = "tap"): Promise<{ itemId: string; response: string }> {
  const card = page.getByTestId("study-card");
  await expect(card).toBeVisible();
  const itemId = (await card.getAttribute("data-item-id"))!;
  const choices = page.getByRole("list", { name: "Choices" }).getByRole("button");
  const count = await choices.count();
  let response = "my best guess";
  if (count > 0) {
    const choice = choices.nth(n % count);
    response = (await choice.locator("span").last().textContent())!;
    await (how === "tap" ? choice.tap() : choice.click());
  } else {
    await page.getByPlaceholder("Type your answer").fill(response);
    const check = page.getByRole("button", { name: "Check" });
    await (how === "tap" ? check.tap() : check.click());
  }
  // No verdict offline: the answer is not on the device.
  await expect(page.getByRole("status")).toHaveText(CHECKED_LATER);
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await expect(card.or(page.getByRole("heading", { name: "Session complete" }))).not.toHaveAttribute("data-item-id", itemId);
  return { itemId, response };
}

