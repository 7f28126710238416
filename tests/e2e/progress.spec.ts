import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

/** The page must not scroll sideways; only the heatmap's own scroller may. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a learner's studying shows on the progress page, and a changed setting persists", async ({ page }, testInfo) => {
  await signUp(page, "Progress Learner");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("progress-empty")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start studying" })).toHaveAttribute("href", "/study");

  await page.goto("/study");
  for (let i = 1; i <= 3; i++) {
    await answerCard(page);
    await continueWithRecordedGrade(page);
    await expect(page.getByTestId("session-count")).toHaveText(`${i} studied`);
  }

  await page.goto("/progress");
  await expect(page.getByTestId("reviewed-today")).toHaveText("3");
  await expect(page.getByTestId("heatmap-today")).toHaveText("3");
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  await expect(page.getByRole("img", { name: /Reviews per day over the last year: 3 reviews on 1 day; 3 reviews today/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Reviews due over the next 30 days/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mastery" })).toBeVisible();
  await expect(page.getByText("All content", { exact: true })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  // the heatmap starts scrolled to its latest weeks: today's cell is inside the visible part of the scroller
  const scroller = page.getByRole("region", { name: /Review heatmap/ });
  const today = await page.getByTestId("review-heatmap").locator("rect").last().boundingBox();
  const visible = await scroller.boundingBox();
  expect(today && visible && today.x + today.width <= visible.x + visible.width + 1 && today.x >= visible.x).toBe(true);
  await page.screenshot({ path: `test-results/progress-${testInfo.project.name}.png`, fullPage: true });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(page.getByTestId("weights-status")).toHaveText("Using default parameters until you have 400 reviews (you have 3).");
  const retention = page.getByLabel("Desired retention");
  await expect(retention).toHaveValue("90");
  await retention.fill("60");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Choose a desired retention between 70% and 97%.")).toBeVisible();
  await expect(retention).toHaveValue("60");
  await expect(retention).toHaveAttribute("aria-invalid", "true");

  await retention.fill("85");
  await page.getByLabel("New cards per day").fill("15");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: `test-results/settings-${testInfo.project.name}.png`, fullPage: true });

  await page.reload();
  await expect(page.getByLabel("Desired retention")).toHaveValue("85");
  await expect(page.getByLabel("New cards per day")).toHaveValue("15");
  await page.goto("/progress");
  await expect(page.getByTestId("retention")).toBeVisible();
  await expect(page.getByText("Target 85%")).toBeVisible();
});

test("the progress and settings pages send a signed-out visitor to sign in and back", async ({ page }) => {
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprogress/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
});
