import { devices, expect, test, type Page } from "@playwright/test";
import { instructorInvitePath, signUp } from "./support/accounts";
import { continueWithRecordedGrade } from "./support/study";

const dayIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const shownDay = (day: string) => new Date(`${day}T23:59:59Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

async function importCsv(page: Page, title: string, file: ReturnType<typeof csvFile>) {
  await page.goto("/decks");
  await page.getByRole("button", { name: "Import from CSV" }).click();
  const form = page.getByRole("form", { name: "Import a deck from CSV" });
  await form.getByLabel("Deck title").fill(title);
  await form.getByLabel("CSV file").setInputFiles(file);
  await form.getByRole("button", { name: "Import deck" }).click();
}

const shot = (page: Page, name: string, project: string) => page.screenshot({ path: `test-results/instructor-admin-${name}-${project}.png`, fullPage: true });

test("an instructor imports a deck from CSV, writes a question, renames, assigns and re-dates it; a learner studies the question; both are deleted", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  const project = testInfo.project.name;
  const run = `${project}-${Date.now()}`;
  await signUp(page, "Robin Instructor", { email: `admin-${run}@example.test`, invitePath: await instructorInvitePath(browser, testInfo.project.use.baseURL) });

  // A malformed file names its line and makes no deck.
  await importCsv(page, `Broken ${run}`, csvFile("broken.csv", "type,prompt,answer,choices\ntyped,Capital of Peru?,Lima,\nchoice,Capital?,Lima,Quito|Bogotá\n"));
  await expect(page.getByRole("alert").filter({ hasText: "Line 3" })).toHaveText("Nothing was imported. Line 3: The answer must be one of the choices.");
  await page.goto("/decks");
  await expect(page.getByText(`Broken ${run}`)).toHaveCount(0);

  await importCsv(page, `Geography ${run}`, csvFile("geo.csv", "type,kind,prompt,answer,choices\nchoice,place,Capital of Peru?,Lima,Lima|Quito|Bogotá\ntruefalse,,Lima is in Chile.,False,\n"));
  await expect(page.getByRole("heading", { name: `Geography ${run}` })).toBeVisible();
  await expect(page.getByTestId("deck-item")).toHaveCount(2);
  const deckUrl = page.url();
  const deckId = deckUrl.split("/").pop()!;

  // A hand-written typed question, checked on the server.
  await page.getByRole("button", { name: "Write a question" }).click();
  const write = page.getByRole("form", { name: "Write a question" });
  await write.getByLabel("Type").selectOption("typed");
  await write.getByLabel("Question").fill(`Which gas do plants take in? ${run}`);
  await write.getByRole("button", { name: "Add question" }).click();
  await expect(write.getByRole("alert")).toHaveText("Give the answer.");
  await write.getByLabel("Answer", { exact: true }).fill("carbon dioxide");
  await write.getByLabel("Other accepted answers, one per line (optional)").fill("CO2");
  await write.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByTestId("deck-item").filter({ hasText: `Which gas do plants take in? ${run}` })).toBeVisible();
  await expect(page.getByTestId("deck-item")).toHaveCount(3);
  await shot(page, "deck", project);
  await write.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Rename deck" }).click();
  await page.getByRole("form", { name: "Rename deck" }).getByLabel("Title").fill(`Plants and places ${run}`);
  await page.getByRole("form", { name: "Rename deck" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: `Plants and places ${run}` })).toBeVisible();

  // CSV round trip: the downloaded file imports into a deck that downloads the same file.
  const exported = await (await page.request.get(`/api/decks/${deckId}/export`)).text();
  expect(exported.replace(/^\uFEFF/, "").split("\r\n").slice(0, 4)).toEqual([
    "type,kind,prompt,answer,choices,accepted,explanation",
    "choice,place,Capital of Peru?,Lima,Lima|Quito|Bogotá,,",
    "truefalse,other,Lima is in Chile.,False,True|False,,",
    `typed,other,Which gas do plants take in? ${run},carbon dioxide,,CO2,`,
  ]);
  await importCsv(page, `Copy ${run}`, csvFile("copy.csv", exported));
  await expect(page.getByRole("heading", { name: `Copy ${run}` })).toBeVisible();
  const copyId = page.url().split("/").pop()!;
  expect(await (await page.request.get(`/api/decks/${copyId}/export`)).text()).toBe(exported);

  await page.goto(deckUrl);
  await page.getByRole("button", { name: "Publish deck" }).click();
  await expect(page.getByTestId("deck-status")).toContainText("Published");

  // A class, the deck assigned, then its due date moved.
  await page.goto("/classes");
  await page.getByLabel("New class name").fill(`Biology ${run}`);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: `Biology ${run}` })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  const classUrl = page.url();
  const deckPick = page.getByRole("combobox", { name: "Deck" });
  if ((await deckPick.count()) > 0) await deckPick.selectOption({ label: `Plants and places ${run}` });
  await page.getByLabel("Due date (optional)").fill(dayIn(7));
  await page.getByRole("button", { name: "Assign deck" }).click();
  await expect(page.getByText(`Due ${shownDay(dayIn(7))}`)).toBeVisible();
  await page.getByRole("button", { name: "Change due date" }).click();
  await page.getByRole("form", { name: "Change due date" }).getByLabel(/Due date for/).fill(dayIn(3));
  await page.getByRole("form", { name: "Change due date" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Due ${shownDay(dayIn(3))}`)).toBeVisible();
  await page.getByRole("button", { name: "Rename class" }).click();
  await page.getByRole("form", { name: "Rename class" }).getByLabel("Class name").fill(`Biology 2 ${run}`);
  await page.getByRole("form", { name: "Rename class" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: `Biology 2 ${run}` })).toBeVisible();
  await shot(page, "class", project);

  // A learner on a phone joins and studies the deck; the typed question shows no answer before it is answered.
  const { defaultBrowserType: _ignored, ...pixel7 } = devices["Pixel 7"];
  const phone = await browser.newContext({ ...pixel7, baseURL: testInfo.project.use.baseURL });
  const learner = await phone.newPage();
  await signUp(learner, "Sam Learner", { email: `admin-learner-${run}@example.test` });
  await learner.goto("/classes");
  await learner.getByLabel("Class code").fill(code);
  await learner.getByRole("button", { name: "Join class" }).click();
  const assigned = learner.getByTestId("assigned-deck").filter({ hasText: `Plants and places ${run}` });
  await expect(assigned).toContainText(`Due ${shownDay(dayIn(3))}`);
  await assigned.getByRole("link", { name: "Study this deck" }).click();
  let sawHandWritten = false;
  for (let i = 0; i < 3; i++) {
    const card = learner.getByTestId("study-card");
    await expect(card).toBeVisible();
    const text = (await card.textContent()) ?? "";
    if (text.includes("Which gas do plants take in?")) {
      sawHandWritten = true;
      expect(await learner.content()).not.toContain("carbon dioxide");
      await learner.getByPlaceholder("Type your answer").fill("co2");
      await learner.getByRole("button", { name: "Check" }).click();
      await expect(learner.getByTestId("feedback")).toContainText("Correct");
      await expect(learner.getByTestId("correct-answer")).toHaveText("carbon dioxide");
    } else {
      await learner.getByRole("list", { name: "Choices" }).getByRole("button").first().click();
      await expect(learner.getByTestId("feedback")).toBeVisible();
    }
    await continueWithRecordedGrade(learner, "keyboard");
  }
  expect(sawHandWritten).toBe(true);

  // Deleting asks first and says what it does; the learner's class list no longer has the deck.
  await page.goto(deckUrl);
  await page.getByRole("button", { name: "Delete deck…" }).click();
  await expect(page.getByTestId("confirm-delete")).toContainText("Learners keep their cards and review history");
  await shot(page, "delete-deck", project);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("confirm-delete")).toHaveCount(0);
  await page.getByRole("button", { name: "Delete deck…" }).click();
  await page.getByRole("button", { name: "Delete deck for good" }).click();
  await expect(page).toHaveURL(/\/decks$/);
  await expect(page.getByText(`Plants and places ${run}`)).toHaveCount(0);
  await learner.goto("/classes");
  await expect(learner.getByText(`Biology 2 ${run}`)).toBeVisible();
  await expect(learner.getByTestId("assigned-deck").filter({ hasText: `Plants and places ${run}` })).toHaveCount(0);

  await page.goto(classUrl);
  await page.getByRole("button", { name: "Delete class…" }).click();
  await page.getByRole("button", { name: "Delete class for good" }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await expect(page.getByText(`Biology 2 ${run}`)).toHaveCount(0);
  await learner.reload();
  await expect(learner.getByText(`Biology 2 ${run}`)).toHaveCount(0);
  await phone.close();
});

const ARTICLE = `Container traffic through the Port of Haiphong rose 18% in the first nine months of 2026, the Vietnam Maritime Administration said on Thursday.

The port handled 4.2 million containers between January and September, and a new deep-water terminal built by Hateco Group cost $320 million.

Transport Minister Tran Hong Minh opened the terminal in Haiphong, saying the port now ranks third among Vietnam's container ports.`;

test("an instructor edits an uploaded article's details, then deletes it", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const project = testInfo.project.name;
  const run = `${project}-${Date.now()}`;
  await signUp(page, "Kim Instructor", { email: `article-${run}@example.test`, invitePath: await instructorInvitePath(browser, testInfo.project.use.baseURL) });
  await page.goto("/instructor/articles/new");
  await page.getByLabel("Title").fill(`Haiphong ${run}`);
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("link", { name: "Build a deck from it" })).toBeVisible({ timeout: 60_000 });
  const articleUrl = page.url();

  await page.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByRole("form", { name: "Edit details" });
  await form.getByLabel("Title").fill(`Haiphong port ${run}`);
  await form.getByLabel("Source (optional)").fill("Vietnam News");
  await form.getByLabel("Published (optional)").fill("2026-10-02");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: `Haiphong port ${run}` })).toBeVisible();
  await expect(page.getByTestId("article-published")).toHaveText("Vietnam News, published 2 October 2026");
  await shot(page, "article", project);

  await page.getByRole("button", { name: "Delete article…" }).click();
  await expect(page.getByTestId("confirm-delete")).toContainText("Shared library articles and other instructors' decks are not touched");
  await page.getByRole("button", { name: "Delete article for good" }).click();
  await expect(page).toHaveURL(/\/instructor\/articles\/new$/);
  await expect(page.getByText(`Haiphong port ${run}`)).toHaveCount(0);
  expect((await page.goto(articleUrl))?.status()).toBe(404);
});

test("a long deck is searched, filtered and paged through the URL", async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const run = `${project}-${Date.now()}`;
  await signUp(page, "Lou Instructor", { email: `pages-${run}@example.test`, invitePath: await instructorInvitePath(browser, testInfo.project.use.baseURL) });
  const rows = Array.from({ length: 30 }, (_, i) => (i % 2 ? `typed,count,How many boats in harbour ${i + 1}?,${i + 1},,` : `truefalse,place,Harbour ${i + 1} is in Peru.,True,,`));
  await importCsv(page, `Harbours ${run}`, csvFile("harbours.csv", ["type,kind,prompt,answer,choices,accepted", ...rows].join("\n")));
  await expect(page.getByRole("heading", { name: `Harbours ${run}` })).toBeVisible();
  await expect(page.getByTestId("deck-items-range")).toHaveText("Showing 1–25 of 30 · page 1 of 2");
  await expect(page.getByTestId("deck-item")).toHaveCount(25);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(page.getByTestId("deck-items-range")).toHaveText("Showing 26–30 of 30 · page 2 of 2");
  await expect(page.getByTestId("deck-item")).toHaveCount(5);

  const search = page.getByRole("search", { name: "Search this deck's questions" });
  await search.getByPlaceholder("Search questions and answers").fill("boats 18");
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("deck-item")).toHaveCount(1);
  await expect(page.getByTestId("deck-item")).toContainText("How many boats in harbour 18?");
  await search.getByPlaceholder("Search questions and answers").fill("");
  await search.getByLabel("Question type").selectOption("truefalse");
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("deck-items-range")).toHaveText("Showing 1–15 of 15");
  await shot(page, "deck-search", project);
});
