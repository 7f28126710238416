import { test } from "@playwright/test";
import { signUp } from "../e2e/support/accounts";
import { answerCard, continueWithRecordedGrade } from "../e2e/support/study";

const CARDS = 50;

// Not a pass/fail test: it measures how long the next card takes to appear after the learner
// continues (the queue is prefetched; the write goes on in the background) and prints the figures.
test(`time from continuing to the next card over ${CARDS} cards`, async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await signUp(page, "Latency Bench");
  // The JSON routes take changes only from the app's own origin.
  const settings = await page.request.put("/api/settings", {
    data: { desiredRetention: 0.9, newCardsPerDay: 200, timeZone: "UTC" },
    headers: { origin: new URL(page.url()).origin },
  });
  if (!settings.ok()) throw new Error(`could not raise the new-card limit: ${settings.status()} ${await settings.text()}`);
  await page.goto("/study");
  for (let i = 0; i < CARDS; i++) {
    await answerCard(page, "tap");
    await continueWithRecordedGrade(page, "tap");
  }
  await page.getByTestId("feedback").waitFor({ state: "detached" });
  const timings = await page.evaluate(() => (window as unknown as { __studyTimings?: number[] }).__studyTimings ?? []);
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const lines = [
    `study_next_card_samples=${sorted.length}`,
    `study_next_card_ms_median=${at(0.5).toFixed(1)}`,
    `study_next_card_ms_p95=${at(0.95).toFixed(1)}`,
    `study_next_card_ms_max=${(sorted.at(-1) ?? NaN).toFixed(1)}`,
  ];
  console.log(`\n[${testInfo.project.name}]\n${lines.join("\n")}`);
});
