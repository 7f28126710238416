import { expect, test } from "@playwright/test";
import { instructorInvitePath, signUp } from "./support/accounts";

const ARTICLE = `The Port of Haiphong will open a second container terminal next year, the Vietnam Maritime Administration said on Thursday.

Transport Minister Tran Hong Minh will inspect the construction site on Oct. 3, the ministry said in a statement.

The new terminal will cost about $300 million and will handle 2 million containers a year, the administration said.`;

test("an upload takes a source and published date; a bad date is refused with what was typed kept", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const run = `${testInfo.project.name}-${Date.now()}`;
  const invitePath = await instructorInvitePath(browser, testInfo.project.use.baseURL);
  await signUp(page, "Sam Uploader", { email: `uploader-${run}@example.test`, invitePath });
  await page.goto("/instructor/articles/new");

  await page.getByLabel("Title").fill(`Haiphong expands ${run}`);
  await page.getByLabel("Source (optional)").fill("Vietnam News");
  await page.getByLabel("Published on").fill("2099-01-01");
  await page.getByLabel("Article text").fill(ARTICLE);
  // Every field fits the screen (a phone too): no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "in the future" })).toHaveText(
    "The published date 2099-01-01 is in the future. Give the day the article was published (today at the latest).",
  );
  // Nothing typed is lost.
  await expect(page.getByLabel("Title")).toHaveValue(`Haiphong expands ${run}`);
  await expect(page.getByLabel("Source (optional)")).toHaveValue("Vietnam News");
  await expect(page.getByLabel("Article text")).toHaveValue(ARTICLE);

  await page.getByLabel("Published on").fill("2024-05-10");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { name: `Haiphong expands ${run}` })).toBeVisible();
  await expect(page.getByTestId("article-published")).toHaveText("Vietnam News, published 10 May 2024");
  await page.screenshot({ path: testInfo.outputPath("article-page.png"), fullPage: true });
});
