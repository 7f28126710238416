import { expect, test, type Browser } from "@playwright/test";
import { instructorInvitePath, signUp } from "./support/accounts";

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function joinAsLearner(browser: Browser, baseURL: string | undefined, name: string, code: string, className: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signUp(page, name);
  await page.goto("/classes");
  await page.getByLabel("Class code").fill(code);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status")).toHaveText(`You joined ${className}.`);
  await context.close();
}

test("the class dashboard's learners and questions are searched, filtered and paged through the URL", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  const project = testInfo.project.name;
  const run = `${project}-${Date.now()}`;
  const baseURL = testInfo.project.use.baseURL;
  await signUp(page, "Dee Instructor", { email: `dash-${run}@example.test`, invitePath: await instructorInvitePath(browser, baseURL) });

  // A 30-question deck, published and assigned to a class two learners join.
  const rows = Array.from({ length: 30 }, (_, i) => (i % 2 ? `typed,count,How many boats in harbour ${i + 1}?,${i + 1},,` : `truefalse,place,Harbour ${i + 1} is in Peru.,True,,`));
  await page.goto("/decks");
  await page.getByRole("button", { name: "Import from CSV" }).click();
  const form = page.getByRole("form", { name: "Import a deck from CSV" });
  await form.getByLabel("Deck title").fill(`Harbours ${run}`);
  await form.getByLabel("CSV file").setInputFiles(csvFile("harbours.csv", ["type,kind,prompt,answer,choices,accepted", ...rows].join("\n")));
  await form.getByRole("button", { name: "Import deck" }).click();
  await expect(page.getByRole("heading", { name: `Harbours ${run}` })).toBeVisible();
  await page.getByRole("button", { name: "Publish deck" }).click();
  await expect(page.getByTestId("deck-status")).toContainText("Published");
  const className = `Ports ${run}`;
  await page.goto("/classes");
  await page.getByLabel("New class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: className })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  const classUrl = page.url();
  const deckPick = page.getByRole("combobox", { name: "Deck" });
  if ((await deckPick.count()) > 0) await deckPick.selectOption({ label: `Harbours ${run}` });
  await page.getByRole("button", { name: "Assign deck" }).click();
  await expect(page.getByRole("link", { name: `Harbours ${run}` })).toBeVisible();
  await joinAsLearner(browser, baseURL, "Ada Lovelace", code, className);
  await joinAsLearner(browser, baseURL, "Bea Nakamura", code, className);

  await page.goto(`${classUrl}/dashboard`);
  await expect(page.getByTestId("learners-range")).toHaveText("Showing 1–2 of 2");
  await expect(page.getByTestId("items-range")).toHaveText("Showing 1–25 of 30 · page 1 of 2");

  // A learner search, then paging the questions keeps it.
  const learners = page.getByRole("search", { name: "Search learners" });
  await learners.getByPlaceholder("Search names and emails").fill("nakamura");
  await learners.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/lq=nakamura/);
  await expect(page.getByTestId("learners-range")).toHaveText("Showing 1–1 of 1");
  const visibleLearners = page.locator('[data-testid="learner-progress"]:visible, [data-testid="learner-progress-row"]:visible');
  await expect(visibleLearners).toHaveCount(1);
  await expect(visibleLearners).toContainText("Bea Nakamura");
  await page.getByRole("navigation", { name: "Pages of questions" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/ipage=2/);
  await expect(page).toHaveURL(/lq=nakamura/);
  await expect(page.getByTestId("items-range")).toHaveText("Showing 26–30 of 30 · page 2 of 2");
  await expect(page.getByTestId("learners-range")).toHaveText("Showing 1–1 of 1");

  // A question search and a kind filter; the learners' search stays.
  const questions = page.getByRole("search", { name: "Search questions" });
  await questions.getByPlaceholder("Search questions").fill("boats 18");
  await questions.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("items-range")).toHaveText("Showing 1–1 of 1");
  await expect(page.getByTestId("learners-range")).toHaveText("Showing 1–1 of 1");
  await questions.getByPlaceholder("Search questions").fill("");
  await questions.getByLabel("Kind of fact").selectOption("place");
  await questions.getByLabel("Show questions").selectOption("unanswered");
  await questions.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("items-range")).toHaveText("Showing 1–15 of 15");
  await expect(page.getByText("Harbour 29 is in Peru.")).toBeVisible();

  // Nobody studied yet: nobody is behind, both have not started.
  await learners.getByPlaceholder("Search names and emails").fill("");
  await learners.getByLabel("Show learners").selectOption("not-started");
  await learners.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("learners-range")).toHaveText("Showing 1–2 of 2");
  await expect(page.getByTestId("items-range")).toHaveText("Showing 1–15 of 15");
  await page.screenshot({ path: `test-results/dashboard-search-${project}.png`, fullPage: true });
  await learners.getByLabel("Show learners").selectOption("behind");
  await learners.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("learners-range")).toHaveText("No learners match.");

  // The CSV export stays the whole class, whatever the page shows.
  const csv = await page.request.get(`${classUrl.replace("/classes/", "/api/classes/")}/export?table=items`);
  expect((await csv.text()).trim().split("\n")).toHaveLength(31);
});
