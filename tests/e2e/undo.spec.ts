import { expect, test } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

test("Undo walks back several answers, latest first, and each card comes back unanswered", async ({ page }) => {
  await signUp(page, "Regretful");
  await page.goto("/study");
  const card = page.getByTestId("study-card");
  const answeredIds: string[] = [];
  for (let i = 1; i <= 3; i++) {
    await expect(card).toBeVisible();
    answeredIds.push((await card.getAttribute("data-item-id"))!);
    await answerCard(page);
    await continueWithRecordedGrade(page);
    await expect(page.getByTestId("session-count")).toHaveText(`${i} studied`);
  }
  await expect(page.getByText("Saving…")).toHaveCount(0);

  const undo = page.getByRole("button", { name: "Undo" });
  for (let left = 2; left >= 0; left--) {
    await undo.click();
    await expect(page.getByTestId("session-count")).toHaveText(`${left} studied`);
    await expect(card).toHaveAttribute("data-item-id", answeredIds[left]!);
    await expect(page.getByTestId("feedback")).toHaveCount(0);
  }
  await expect(undo).toBeDisabled();

  // Nothing of the three is left in today's count.
  await page.goto("/");
  await expect(page.getByTestId("studied-today")).toHaveText("0");
});
