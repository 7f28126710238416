import { expect, test, type Page, type Response } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade, type Input } from "./support/study";

// Only the answer and grade endpoints may ever carry what gives an answer away.
const ANSWER_ENDPOINTS = /\/api\/study\/(answer|answer\/queued|grade)$/;
const ANSWER_KEYS = ['"answer"', '"accepted"', '"sourceSentence"', '"correct"'];

function recordResponses(page: Page) {
  const leaks: string[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response: Response) => {
    const type = response.request().resourceType();
    if (!["document", "fetch", "xhr"].includes(type) || ANSWER_ENDPOINTS.test(new URL(response.url()).pathname)) return;
    pending.push(
      response
        .text()
        .then((body) => {
          for (const key of ANSWER_KEYS) if (body.includes(key)) leaks.push(`${key} in ${type} ${response.url()}`);
        })
        .catch(() => undefined),
    );
  });
  return { leaks, settle: () => Promise.all(pending) };
}

async function answer(page: Page, how: Input) {
  const prompt = await page.getByTestId("prompt").textContent();
  const { correctAnswer, typed } = await answerCard(page, how);
  // Typed and cloze prompts never contain their answer.
  if (typed) expect(prompt?.toLowerCase()).not.toContain(correctAnswer.toLowerCase());
}

async function continueWith(page: Page, how: Input, grade?: "Hard" | "Easy") {
  const gradeButton = grade ? page.getByRole("button", { name: new RegExp(`^${grade}, next in`) }) : null;
  if (gradeButton && (await gradeButton.count()) > 0) {
    if (how === "keyboard") await page.keyboard.press(grade === "Hard" ? "2" : "4");
    else await gradeButton.tap();
    await expect(page.getByTestId("feedback")).toHaveCount(0);
  } else {
    await continueWithRecordedGrade(page, how);
  }
}

for (const how of ["keyboard", "tap"] as const) {
  test(`study ten cards by ${how}, change a grade, undo one, and see progress`, async ({ page, isMobile }) => {
    test.skip(how === "keyboard" && isMobile, "keyboard shortcuts are a desktop feature");
    test.skip(how === "tap" && !isMobile, "taps are tested on the phone");
    const responses = recordResponses(page);
    await signUp(page, `Studier ${how}`);
    await page.goto("/study");
    await expect(page.getByTestId("study-card")).toBeVisible();

    for (let i = 1; i <= 10; i++) {
      await answer(page, how);
      await expect(page.getByTestId("session-count")).toHaveText(`${i} studied`);
      if (i === 5) {
        // Undo brings the same card back, unanswered.
        const itemId = await page.getByTestId("study-card").getAttribute("data-item-id");
        if (how === "keyboard") await page.keyboard.press("z");
        else await page.getByRole("button", { name: "Undo" }).tap();
        await expect(page.getByText("Answer undone.")).toBeVisible();
        await expect(page.getByTestId("session-count")).toHaveText("4 studied");
        await expect(page.getByTestId("study-card")).toHaveAttribute("data-item-id", itemId!);
        await expect(page.getByTestId("feedback")).toHaveCount(0);
        await answer(page, how);
        await expect(page.getByTestId("session-count")).toHaveText("5 studied");
      }
      await continueWith(page, how, i === 3 ? "Easy" : i === 7 ? "Hard" : undefined);
    }

    await expect(page.getByText("Saving…")).toHaveCount(0);
    await page.goto("/");
    await expect(page.getByTestId("studied-today")).toHaveText("10");
    await responses.settle();
    expect(responses.leaks).toEqual([]);
  });
}
