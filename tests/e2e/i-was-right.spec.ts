import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

/** Answers cards (first choice) until a typed one is on screen; returns its item id. */
async function reachTypedCard(page: Page): Promise<string> {
  const card = page.getByTestId("study-card");
  for (let i = 0; i < 20; i++) {
    await expect(card).toBeVisible();
    if ((await page.getByRole("list", { name: "Choices" }).count()) === 0) return (await card.getAttribute("data-item-id"))!;
    await answerCard(page);
    await continueWithRecordedGrade(page);
  }
  throw new Error("no typed card among the first 20");
}

test("I was right: a typed answer marked wrong is counted as right, and Undo takes it back with the answer", async ({ page }) => {
  await signUp(page, "Overrider");
  await page.goto("/study");
  const itemId = await reachTypedCard(page);
  const studiedBefore = Number((await page.getByTestId("session-count").textContent())!.split(" ")[0]);

  await page.getByPlaceholder("Type your answer").fill("certainly not this");
  await page.getByRole("button", { name: "Check" }).click();
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toContainText("Not quite");
  // A wrong answer offers only Again until the learner says otherwise.
  await expect(page.getByRole("button", { name: /^Again, next in/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Good, next in/ })).toHaveCount(0);

  await page.getByRole("button", { name: "I was right" }).click();
  await expect(feedback).toContainText("Counted as right");
  await expect(page.getByRole("button", { name: "I was right" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Good, next in .* \(continue\)$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Again, next in/ })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("i-was-right.png"), fullPage: true });
  await continueWithRecordedGrade(page);
  await expect(page.getByTestId("session-count")).toHaveText(`${studiedBefore + 1} studied`);

  // Undo takes back the override and the answer together: the card comes back unanswered.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("study-card")).toHaveAttribute("data-item-id", itemId);
  await expect(page.getByTestId("session-count")).toHaveText(`${studiedBefore} studied`);
  await expect(feedback).toHaveCount(0);
});
