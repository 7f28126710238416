import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { continueWithRecordedGrade } from "./support/study";

/** Starts answering the card on screen without waiting for the result. */
async function startAnswer(page: Page) {
  const choices = page.getByRole("list", { name: "Choices" }).getByRole("button");
  if ((await choices.count()) > 0) return choices.first().click();
  await page.getByPlaceholder("Type your answer").fill("my best guess");
  await page.getByRole("button", { name: "Check" }).click();
}

/** The answer request fails as on a connection that drops after the page knew it was online. */
const dropAnswers = (page: Page) => page.route("**/api/study/answer", (route) => route.abort("internetdisconnected"));

test.describe("a dropped connection while answering", () => {
  test("is said as it happens, and the answer goes through as soon as the connection is back", async ({ page, context }) => {
    await signUp(page, "Commuter");
    await page.goto("/study");
    await expect(page.getByTestId("study-card")).toBeVisible();
    await dropAnswers(page);
    await startAnswer(page);
    await expect(page.getByTestId("checking")).toHaveText("Connection lost: trying again…");
    await page.waitForTimeout(3000);
    await page.unrouteAll();
    // The browser notices the connection is back (an "online" event).
    await context.setOffline(true);
    await context.setOffline(false);
    // The next scheduled retry would be seconds away: coming back online retries at once.
    await expect(page.getByTestId("feedback")).toBeVisible({ timeout: 1500 });
    await continueWithRecordedGrade(page);
    await expect(page.getByTestId("session-count")).toHaveText("1 studied");
  });

  test("that lasts keeps the answer on the device, sent once when the connection is back", async ({ page, context }) => {
    test.setTimeout(90_000);
    await signUp(page, "Tunnel");
    await page.goto("/study");
    await expect(page.getByTestId("study-card")).toBeVisible();
    const itemId = await page.getByTestId("study-card").getAttribute("data-item-id");
    await dropAnswers(page);
    await startAnswer(page);
    // Retried for about 13 s, then kept on the device instead of lost: the learner carries on.
    await expect(page.getByRole("status")).toHaveText("Saved on this device: checked when you are back online.", { timeout: 30_000 });
    await expect(page.getByTestId("sync-status")).toHaveText("1 answer waiting to be sent");
    await expect(page.getByTestId("study-card")).not.toHaveAttribute("data-item-id", itemId!);
    await page.unrouteAll();
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(page.getByTestId("sync-status")).toHaveText("Synced", { timeout: 15_000 });
    await page.goto("/");
    await expect(page.getByTestId("studied-today")).toHaveText("1");
  });
});
