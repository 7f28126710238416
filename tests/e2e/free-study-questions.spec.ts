import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CORE_FROM } from "../../lib/generate/item-tier";
import { signUp } from "./support/accounts";
import { queryE2eDatabase } from "./support/e2e-database";
import { screenshot } from "./support/screenshots";

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The fact worth of each item the cards route offers at `query` (study more: the most new items a session takes). */
async function offeredWorths(page: Page, query: string): Promise<number[]> {
  const response = await page.request.get(`/api/study/cards?limit=50&more=1${query}`);
  expect(response.ok()).toBe(true);
  const ids = ((await response.json()) as { cards: { itemId: string }[] }).cards.map((c) => c.itemId);
  expect(ids.length).toBeGreaterThan(0);
  const rows = await queryE2eDatabase<{ worth: number }>(`SELECT "worth" FROM "Item" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ids);
  expect(rows).toHaveLength(ids.length);
  return rows.map((r) => Number(r.worth));
}

test("free study offers core questions by default; the learner may include the more questions", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signUp(page, "Core Reader");

  await page.goto("/study");
  const option = page.getByTestId("more-questions-option");
  await expect(option).toContainText("Core questions only.");
  await expect(page.getByTestId("study-card")).toBeVisible();
  await screenshot(page, "free-study-core", testInfo.project.name);
  expect(await axeViolations(page)).toEqual([]);
  expect((await offeredWorths(page, "")).every((w) => w >= CORE_FROM)).toBe(true);

  await option.getByRole("link", { name: "Include more questions" }).click();
  await expect(page).toHaveURL(/[?&]questions=all/);
  await expect(option).toContainText("Including questions on less central facts.");
  await expect(page.getByTestId("study-card")).toBeVisible();
  await screenshot(page, "free-study-all", testInfo.project.name);
  expect(await axeViolations(page)).toEqual([]);
  expect((await offeredWorths(page, "&questions=all")).some((w) => w < CORE_FROM)).toBe(true);

  // Back to core questions: the same link turns it off.
  await option.getByRole("link", { name: "Core questions only" }).click();
  await expect(page).not.toHaveURL(/questions=all/);
  await expect(option).toContainText("Core questions only.");

  // Custom study of one kind of fact offers the same choice for All content.
  await page.goto("/study/custom");
  const kindForm = page.getByRole("region", { name: "One kind of fact" });
  await kindForm.getByRole("combobox", { name: "Kind of fact" }).selectOption({ label: "Dates" });
  await kindForm.getByRole("checkbox", { name: /Include more questions/ }).check();
  await screenshot(kindForm, "custom-kind-more-questions", testInfo.project.name);
  await kindForm.getByRole("button", { name: "Study this kind" }).click();
  await expect(page).toHaveURL(/focus=kind&kind=date/);
  await expect(page).toHaveURL(/[?&]questions=all/);
  await expect(option).toContainText("Including questions on less central facts.");
});
