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

test.describe("a dropped connection while answering", () => {
  test("is said as it happens, and the answer goes through as soon as the connection is back", async ({ page, context }) => {
    await signUp(page, "Commuter");
    await page.goto("/study");
    await expect(page.getByTestId("study-card")).toBeVisible();
    await context.setOffline(true);
    await startAnswer(page);
    await expect(page.getByTestId("checking")).toHaveText("Connection lost: trying again…");
    await page.waitForTimeout(3000);
    await context.setOffline(false);
    // The next scheduled retry would be seconds away: coming back online retries at once.
    await expect(page.getByTestId("feedback")).toBeVisible({ timeout: 1500 });
    await continueWithRecordedGrade(page);
    await expect(page.getByTestId("session-count")).toHaveText("1 studied");
  });

  test("that lasts says plainly the answer was not saved, and answering again stores it once", async ({ page, context }) => {
    test.setTimeout(90_000);
    await signUp(page, "Tunnel");
    await page.goto("/study");
    await expect(page.getByTestId("study-card")).toBeVisible();
    const itemId = await page.getByTestId("study-card").getAttribute("data-item-id");
    await context.setOffline(true);
    await startAnswer(page);
    await expect(page.getByRole("status")).toHaveText("We could not reach the server, so this answer was not saved. Check your connection and answer again.", { timeout: 30_000 });
    await expect(page.getByText(/not lost/)).toHaveCount(0);
    await context.setOffline(false);
    await expect(page.getByTestId("study-card")).toHaveAttribute("data-item-id", itemId!);
    await startAnswer(page);
    await expect(page.getByTestId("feedback")).toBeVisible();
    await continueWithRecordedGrade(page);
    await page.goto("/");
    await expect(page.getByTestId("studied-today")).toHaveText("1");
  });
});
