import { expect, test } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

test("Back and Forward show today's figures and never offer a card already answered", async ({ page }) => {
  await signUp(page, "Historian");
  await page.goto("/");
  await expect(page.getByTestId("studied-today")).toHaveText("0");
  await page.getByRole("link", { name: /^Study now/ }).click();
  const card = page.getByTestId("study-card");
  await expect(card).toBeVisible();
  const answered = await card.getAttribute("data-item-id");
  await answerCard(page);
  await continueWithRecordedGrade(page);
  await expect(page.getByTestId("session-count")).toHaveText("1 studied");
  await expect(page.getByText("Saving…")).toHaveCount(0);

  // Back: the home page as it is now, not as it was left.
  await page.goBack();
  await expect(page.getByTestId("studied-today")).toHaveText("1");

  // Forward: the study page again, without the card just answered.
  await page.goForward();
  await expect(card).toBeVisible();
  await expect(card).not.toHaveAttribute("data-item-id", answered!);
  await answerCard(page);
  await expect(page.getByText(/already answered/i)).toHaveCount(0);
});
