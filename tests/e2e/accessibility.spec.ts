import { expect, test, type Locator } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

const MIN_TARGET_PX = 44;

async function expectThumbSized(target: Locator) {
  const box = await target.boundingBox();
  expect(box, "the target is on screen").not.toBeNull();
  expect(box!.height).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  expect(box!.width).toBeGreaterThanOrEqual(MIN_TARGET_PX);
}

test("a skip link leads past the header, and the small controls are thumb-sized", async ({ page, isMobile }) => {
  await signUp(page, "Skipper");
  await page.goto("/study");
  await expect(page.getByTestId("study-card")).toBeVisible();

  await expectThumbSized(page.getByRole("button", { name: "Undo" }));
  await expectThumbSized(page.getByRole("button", { name: "Sign out" }));

  if (!isMobile) {
    await page.locator("body").focus();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  }
});

test("after Continue the next question takes the focus, and the feedback is announced from a region already on the page", async ({ page }) => {
  await signUp(page, "Listener");
  await page.goto("/study");
  const announcer = page.getByTestId("study-announcer");
  // Present and empty before any answer: a region inserted together with its text is often not read.
  await expect(announcer).toHaveCount(1);
  await expect(announcer).toHaveText("");
  await expect(announcer).toHaveAttribute("aria-live", "polite");

  for (let i = 0; i < 3; i++) {
    const { correctAnswer } = await answerCard(page, "click");
    await expect(announcer).toContainText(`Answer: ${correctAnswer}`);
    await continueWithRecordedGrade(page, "click");
    await expect(page.getByTestId("study-card")).toBeVisible();
    const typed = (await page.getByRole("list", { name: "Choices" }).count()) === 0;
    // A choice question focuses its prompt; a typed one its input, which the prompt describes.
    if (typed) {
      const input = page.getByPlaceholder("Type your answer");
      await expect(input).toBeFocused();
      await expect(input).toHaveAttribute("aria-describedby", "study-prompt");
    } else {
      await expect(page.getByTestId("prompt")).toBeFocused();
    }
    await expect(page.locator("body")).not.toBeFocused();
  }
});
