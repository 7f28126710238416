import { expect, type Page } from "@playwright/test";

export type Input = "click" | "tap" | "keyboard";

/**
 * Answers the card on screen: the first choice, or a typed guess. Returns the correct answer the
 * feedback shows, and whether the card was a typed one.
 */
export async function answerCard(page: Page, how: Input = "click"): Promise<{ correctAnswer: string; typed: boolean }> {
  await expect(page.getByTestId("study-card")).toBeVisible();
  const choices = page.getByRole("list", { name: "Choices" }).getByRole("button");
  const typed = (await choices.count()) === 0;
  if (!typed) {
    if (how === "keyboard") await page.keyboard.press("1");
    else if (how === "tap") await choices.first().tap();
    else await choices.first().click();
  } else {
    const input = page.getByPlaceholder("Type your answer");
    await input.fill("my best guess");
    const check = page.getByRole("button", { name: "Check" });
    if (how === "keyboard") await input.press("Enter");
    else if (how === "tap") await check.tap();
    else await check.click();
  }
  await expect(page.getByTestId("feedback")).toBeVisible();
  return { correctAnswer: (await page.getByTestId("correct-answer").textContent()) ?? "", typed };
}

/** Moves on with the grade the server recorded (the highlighted one). */
export async function continueWithRecordedGrade(page: Page, how: Input = "click"): Promise<void> {
  const button = page.getByRole("button", { name: /\(continue\)$/ });
  if (how === "keyboard") await page.keyboard.press("Enter");
  else if (how === "tap") await button.tap();
  else await button.click();
  await expect(page.getByTestId("feedback")).toHaveCount(0);
}
