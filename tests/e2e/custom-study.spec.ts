import { expect, test } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

test("custom study: my misses brings back only the cards just missed; one kind of fact gives only that kind", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signUp(page, "Crammer");
  await page.goto("/study");
  const card = page.getByTestId("study-card");
  const missed = new Set<string>();
  const answered = new Set<string>();
  // Typed cards get a wrong answer; options the first one, right or wrong: at least one miss either way.
  for (let i = 0; i < 12 && (missed.size < 2 || i < 6); i++) {
    await expect(card).toBeVisible();
    const itemId = (await card.getAttribute("data-item-id"))!;
    await answerCard(page);
    answered.add(itemId);
    if ((await page.getByTestId("feedback").textContent())!.includes("Not quite")) missed.add(itemId);
    await continueWithRecordedGrade(page);
  }
  expect(missed.size).toBeGreaterThan(0);

  await page.goto("/");
  await page.getByRole("link", { name: /^Custom study/ }).click();
  await expect(page.getByRole("heading", { name: "Custom study" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("custom-study.png"), fullPage: true });
  await page.getByRole("button", { name: "Study my misses" }).click();
  await expect(page).toHaveURL(/focus=misses/);
  await expect(card).toBeVisible();
  const shown = new Set<string>();
  // Answered right this time, each missed card comes once, and nothing else does.
  while ((await card.count()) > 0 && shown.size <= missed.size) {
    const itemId = (await card.getAttribute("data-item-id"))!;
    expect(missed.has(itemId), `${itemId} was not missed`).toBe(true);
    shown.add(itemId);
    await answerCard(page);
    await continueWithRecordedGrade(page);
  }
  expect([...shown].sort()).toEqual([...missed].sort());
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();

  // One kind of fact: every card the session offers is a date question.
  await page.goto("/study/custom");
  await page.getByRole("combobox", { name: "Kind of fact" }).selectOption({ label: "Dates" });
  await page.getByRole("button", { name: "Study this kind" }).click();
  await expect(page).toHaveURL(/focus=kind&kind=date/);
  const response = await page.request.get("/api/study/cards?focus=kind&kind=date&limit=50");
  expect(response.ok()).toBe(true);
  const { cards } = (await response.json()) as { cards: { kind: string }[] };
  expect(cards.length).toBeGreaterThan(0);
  expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(["date"]));
});
