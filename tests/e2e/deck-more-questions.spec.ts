import { expect, test, type Locator } from "@playwright/test";
import { instructorInvitePath, signUp } from "./support/accounts";
import { screenshot } from "./support/screenshots";

const moreCount = async (group: Locator) => Number(/· (\d+) more/.exec((await group.locator("summary").textContent()) ?? "")?.[1]);

test("a deck holds an article's core questions; the instructor adds a more question, then the rest, from the deck page", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const run = `${testInfo.project.name}-${Date.now()}`;
  await page.goto(await instructorInvitePath(browser, testInfo.project.use.baseURL));
  await signUp(page, "Kim Instructor", { email: `more-${run}@example.test`, invitePath: page.url() });

  // A deck from one library article, built with the defaults (core questions only).
  await page.goto("/decks/new");
  await page.getByLabel("Deck title").fill(`Core only ${run}`);
  const articles = page.getByRole("group", { name: "Articles" }).getByRole("checkbox");
  await articles.first().check();
  await expect(page.getByText("Include more questions")).toBeVisible();
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: `Core only ${run}` })).toBeVisible();

  // The deck page lists the article's other questions, answers shown to the instructor only.
  const more = page.getByRole("region", { name: "More questions" });
  await expect(more).toBeVisible();
  const group = more.getByTestId("more-questions").first();
  const before = await moreCount(group);
  expect(before).toBeGreaterThan(1);
  await group.locator("summary").click();
  await screenshot(more, "deck-more-questions", testInfo.project.name);

  // One added: it leaves the list (a second click on the same button finds it gone, nothing doubles).
  const firstAdd = group.getByRole("button", { name: /^Add “/ }).first();
  const label = (await firstAdd.getAttribute("aria-label")) ?? "";
  await firstAdd.click();
  await expect(page.getByRole("button", { name: label, exact: true })).toHaveCount(0);
  await expect.poll(() => moreCount(group)).toBe(before - 1);

  // The rest at once: the section goes when nothing is left to add.
  await group.getByRole("button", { name: /^Add all/ }).click();
  await expect(more).toHaveCount(0);
  await screenshot(page, "deck-after-add-all", testInfo.project.name);
});
