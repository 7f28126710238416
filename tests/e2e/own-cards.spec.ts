import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { continueWithRecordedGrade } from "./support/study";

/** axe's WCAG 2 A and AA rules on the page as it is now (as tests/e2e/dark-mode.spec.ts checks them). */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const BASIC = { front: "Capital of Peru?", back: "Lima" };
const CLOZE = "Peru declared independence in {{c1::1821}}.";

async function addBasic(page: Page, front: string, back: string) {
  await page.getByLabel("Basic (front and back)").check();
  await page.getByLabel("Front (the question)").fill(front);
  await page.getByLabel("Back (the answer)").fill(back);
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByRole("status")).toContainText("Card added");
}

test("own cards: write a basic and a cloze card, study them, edit one and delete the other; nobody else can open them", async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(150_000);
  await signUp(page, "Card Writer");
  await page.getByRole("link", { name: "My cards: write your own basic and cloze cards" }).click();
  await expect(page.getByRole("heading", { name: "My cards", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No cards yet" })).toBeVisible();

  await addBasic(page, BASIC.front, BASIC.back);
  // A cloze without its gap is refused with a sentence that says what to write, and what was typed stays.
  await page.getByLabel("Cloze (fill the gap)").check();
  const text = page.getByLabel("Sentence with one gap");
  await text.fill("Peru declared independence in 1821.");
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByRole("form", { name: "New card" }).getByRole("alert")).toContainText("Mark the gap with {{c1::…}}");
  await expect(text).toHaveValue("Peru declared independence in 1821.");
  await text.fill(CLOZE);
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByRole("heading", { name: "2 cards" })).toBeVisible();
  await expect(page.getByTestId("own-card-list").getByRole("listitem")).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath("my-cards.png"), fullPage: true });

  // Study them on their own: each is graded on the server; after answering, an edit link instead of a flag.
  await page.getByRole("link", { name: "Study my cards" }).click();
  const card = page.getByTestId("study-card");
  const seen: string[] = [];
  for (let i = 0; i < 2; i++) {
    await expect(card).toBeVisible();
    const prompt = (await page.getByTestId("prompt").textContent()) ?? "";
    seen.push(prompt);
    await expect(card).toContainText("My cards");
    await page.getByPlaceholder("Type your answer").fill(prompt === BASIC.front ? "lima" : "1821");
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByTestId("feedback")).toContainText("Correct");
    await expect(page.getByRole("link", { name: "Edit this card" })).toBeVisible();
    await expect(page.getByText("Flag this question")).toHaveCount(0);
    if (prompt !== BASIC.front) await expect(page.getByText("Peru declared independence in 1821.")).toBeVisible();
    if (i === 0) await page.screenshot({ path: testInfo.outputPath("study-own-feedback.png"), fullPage: true });
    await continueWithRecordedGrade(page);
  }
  expect(seen.sort()).toEqual([BASIC.front, "Peru declared independence in _____."].sort());

  // Edit the basic card's answer: the list shows the new back, and the card keeps its answer so far.
  await page.goto("/cards");
  await page.getByRole("link", { name: `Edit card: ${BASIC.front}` }).click();
  await expect(page.getByRole("heading", { name: "Edit card" })).toBeVisible();
  await expect(page.getByText("(1 answer)")).toBeVisible();
  const editUrl = page.url();
  await page.getByLabel("Back (the answer)").fill("Lima, Peru");
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByRole("heading", { name: "My cards", level: 1 })).toBeVisible();
  await expect(page.getByTestId("own-card-list")).toContainText("Back: Lima, Peru");

  // Delete the cloze card, after a confirmation.
  await page.getByRole("link", { name: `Edit card: ${CLOZE}` }).click();
  await page.getByRole("button", { name: "Delete card…" }).click();
  await expect(page.getByTestId("confirm-delete")).toContainText("your 1 answer to it go too");
  await page.screenshot({ path: testInfo.outputPath("edit-card-delete.png"), fullPage: true });
  await page.getByRole("button", { name: "Delete card for good" }).click();
  await expect(page.getByRole("heading", { name: "1 card" })).toBeVisible();
  await expect(page.getByTestId("own-card-list")).not.toContainText("independence");

  // Another learner opening the card's address gets "not found", as for a card that does not exist.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signUp(otherPage, "Card Snooper");
  await otherPage.goto(editUrl);
  await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await other.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`${scheme} theme: My cards, its edit page, and an own card's question and feedback pass axe`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await signUp(page, `Own axe ${scheme}`);
    await page.goto("/cards");
    await addBasic(page, BASIC.front, BASIC.back);
    await page.getByLabel("Cloze (fill the gap)").check();
    await page.getByLabel("Sentence with one gap").fill("No gap here.");
    await page.getByRole("button", { name: "Add card" }).click();
    await expect(page.getByRole("form", { name: "New card" }).getByRole("alert")).toBeVisible();
    expect(await axeViolations(page), "my cards").toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`my-cards-${scheme}.png`), fullPage: true });

    await page.getByRole("link", { name: `Edit card: ${BASIC.front}` }).click();
    await page.getByRole("button", { name: "Delete card…" }).click();
    expect(await axeViolations(page), "edit card").toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`edit-card-${scheme}.png`), fullPage: true });

    await page.goto("/cards");
    await page.getByRole("link", { name: "Study my cards" }).click();
    await expect(page.getByTestId("study-card")).toBeVisible();
    expect(await axeViolations(page), "own question").toEqual([]);
    await page.getByRole("button", { name: "Show answer" }).click();
    await expect(page.getByTestId("feedback")).toContainText("How well did you know it?");
    expect(await axeViolations(page), "own feedback").toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`study-own-${scheme}.png`), fullPage: true });
  });
}
