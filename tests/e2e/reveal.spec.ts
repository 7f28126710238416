import { expect, test } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

test("a typed card can be revealed and graded with any of the four grades", async ({ page, isMobile }) => {
  await signUp(page, "Revealer");
  await page.goto("/study");
  // Recognition items come first for each fact; answer until a typed or fill-in-the-gap card shows.
  for (let i = 0; i < 20 && (await page.getByPlaceholder("Type your answer").count()) === 0; i++) {
    await answerCard(page);
    await continueWithRecordedGrade(page);
    await expect(page.getByTestId("study-card")).toBeVisible();
  }
  const input = page.getByPlaceholder("Type your answer");
  await expect(input).toBeVisible();
  if (isMobile) await page.getByRole("button", { name: "Show answer" }).tap();
  else await input.press(" ");

  await expect(page.getByText("How well did you know it?")).toBeVisible();
  await expect(page.getByTestId("correct-answer")).not.toBeEmpty();
  for (const grade of ["Again", "Hard", "Good", "Easy"]) {
    await expect(page.getByRole("button", { name: new RegExp(`^${grade}, next in`) })).toBeVisible();
  }
  const stored = page.waitForResponse((r) => r.url().endsWith("/api/study/grade") && r.request().method() === "POST");
  const again = page.getByRole("button", { name: /^Again, next in/ });
  if (isMobile) await again.tap();
  else await page.keyboard.press("1");
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  const response = await stored;
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ selfGraded: true, rating: 1, correct: false });
  await expect(page.getByText("Saving…")).toHaveCount(0);
});
