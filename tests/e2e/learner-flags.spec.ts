import { expect, test } from "@playwright/test";
import { instructorInvitePath, signIn, signUp, submitSignUp, uniqueEmail } from "./support/accounts";
import { answerCard } from "./support/study";

test("a learner flags a question after answering it; the deck's instructor sees it on the dashboard and the deck, and resolves it", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  const run = `${testInfo.project.name}-${Date.now()}`;
  const deckTitle = `Flagged deck ${run}`;
  const className = `Flag class ${run}`;

  // An instructor (desktop, in a context of their own) publishes a deck from a library article and assigns it.
  const invitePath = await instructorInvitePath(browser, testInfo.project.use.baseURL);
  const desk = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const teacher = await desk.newPage();
  const teacherEmail = uniqueEmail("flag-teacher");
  await submitSignUp(teacher, "Tess Teacher", teacherEmail, { path: invitePath });
  await signIn(teacher, teacherEmail);
  await expect(teacher.getByRole("heading", { name: "Hello, Tess Teacher" })).toBeVisible();
  await teacher.goto("/decks/new");
  await teacher.getByLabel("Deck title").fill(deckTitle);
  await teacher.getByRole("group", { name: "Articles" }).getByRole("checkbox").first().check();
  await teacher.getByRole("button", { name: "Preview questions" }).click();
  await expect(teacher.getByTestId("preview-total")).toContainText("questions match");
  await teacher.getByRole("button", { name: "Create deck" }).click();
  await teacher.getByRole("button", { name: "Publish deck" }).click();
  await expect(teacher.getByTestId("deck-status")).toContainText("Published");
  await teacher.goto("/classes");
  await teacher.getByLabel("New class name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { name: className })).toBeVisible();
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  const classUrl = teacher.url();
  const deckPick = teacher.getByRole("combobox", { name: "Deck" });
  if ((await deckPick.count()) > 0) await deckPick.selectOption({ label: deckTitle });
  await teacher.getByRole("button", { name: "Assign deck" }).click();
  await expect(teacher.getByRole("link", { name: deckTitle })).toBeVisible();

  // The learner, at this project's size, joins and studies the deck.
  await signUp(page, "Fay Flagger");
  await page.goto("/classes");
  await page.getByLabel("Class code").fill(code);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status")).toHaveText(`You joined ${className}.`);
  await page.getByTestId("assigned-deck").filter({ hasText: deckTitle }).getByRole("link", { name: "Study this deck" }).click();
  await expect(page).toHaveURL(/\/study\?deck=/);
  // Nothing to flag before answering: the answer would show in the flag.
  await expect(page.getByText("Flag this question")).toHaveCount(0);
  const prompt = (await page.getByTestId("prompt").textContent())!;
  await answerCard(page);
  await page.getByText("Flag this question").click();
  await page.getByLabel("The question is unclear").check();
  await page.getByLabel("Say why (optional)").fill("Which year is meant is not clear.");
  await page.screenshot({ path: testInfo.outputPath("flag-form.png"), fullPage: true });
  await page.getByRole("button", { name: "Send flag" }).click();
  await expect(page.getByTestId("flag-sent")).toHaveText("Thanks, the question is flagged: the deck’s instructor will see it.");

  // The instructor sees the count on the class dashboard, then the flag on the deck, and resolves it.
  await teacher.goto(`${classUrl}/dashboard`);
  const flags = teacher.getByTestId("learner-flags");
  await expect(flags).toContainText(`${deckTitle}: 1 open flag`);
  await flags.getByRole("link", { name: `${deckTitle}: 1 open flag` }).click();
  const flag = teacher.getByTestId("item-flag");
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText("The question is unclear");
  await expect(flag).toContainText("Which year is meant is not clear.");
  await expect(flag).toContainText("Fay Flagger");
  await expect(flag).toContainText(prompt.trim());
  await teacher.screenshot({ path: testInfo.outputPath("flag-on-deck.png") });
  await flag.getByRole("button", { name: "Resolved" }).click();
  await expect(teacher.getByTestId("item-flag")).toHaveCount(0);
  await teacher.goto(`${classUrl}/dashboard`);
  await expect(teacher.getByTestId("learner-flags")).toHaveCount(0);
  await desk.close();
});
