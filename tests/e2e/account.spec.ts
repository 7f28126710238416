import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { answerCard, continueWithRecordedGrade } from "./support/study";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./support/accounts";
import { screenshot } from "./support/screenshots";

// The test server writes mail to .data/outbox (no SMTP_URL): the reset test reads its link there, as a person
// running the app locally would open the .eml file.
const OUTBOX = ".data/outbox";

/** The link to `page` (/reset-password, /confirm-email) in the newest outbox message to `email`, waiting for it to be written. */
async function linkFor(email: string, page: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const files = (await readdir(OUTBOX).catch(() => [] as string[])).filter((f) => f.endsWith(".eml")).sort().reverse();
      for (const file of files) {
        const raw = await readFile(path.join(OUTBOX, file), "utf8");
        // A long line is folded by quoted-printable encoding: undo the soft breaks before looking.
        const text = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
        if (!text.includes(`To: ${email}`)) continue;
        link = text.match(new RegExp(`https?://\\S+${page}\\?token=[A-Za-z0-9_-]{43}`))?.[0];
        if (link) return true;
      }
      return false;
    })
    .toBe(true);
  return link!;
}

test("change email: nothing changes until the link sent to the new address is opened; then only it signs in", async ({ page, browser }, testInfo) => {
  const email = await signUp(page, "Email Changer");
  const newEmail = uniqueEmail("changed");
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Email address" });
  await expect(section.getByTestId("current-email")).toHaveText(email);
  await section.getByLabel("New email").fill(newEmail.toUpperCase());
  await section.getByLabel("Your password").fill("not my password at all");
  await section.getByRole("button", { name: "Change email" }).click();
  await expect(section.getByRole("alert")).toHaveText("Your current password is not right. Check it and try again.");
  await section.getByLabel("Your password").fill(PASSWORD);
  await section.getByRole("button", { name: "Change email" }).click();
  await expect(section.getByTestId("pending-email")).toContainText(`We sent a link to ${newEmail}`);
  await expect(section.getByTestId("current-email")).toHaveText(email);
  await screenshot(section, "settings-email-pending", testInfo.project.name);
  // The page says so after a reload too.
  await page.reload();
  await expect(section.getByTestId("pending-email")).toContainText(newEmail);

  // The link opens in whatever browser reads the mail: no session needed.
  const link = new URL(await linkFor(newEmail, "/confirm-email"));
  const mailReader = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const confirm = await mailReader.newPage();
  await confirm.goto(`${link.pathname}${link.search}`);
  await expect(confirm.getByText(`Sign in with ${newEmail} from now on?`)).toBeVisible();
  await screenshot(confirm, "confirm-email", testInfo.project.name);
  await confirm.getByRole("button", { name: "Confirm my new email" }).click();
  await expect(confirm.getByRole("main").getByRole("status")).toContainText(`You now sign in with ${newEmail}`);
  // A second open of the same link is refused.
  await confirm.reload();
  await expect(confirm.getByRole("main").getByRole("alert")).toContainText("expired, was already used");
  await mailReader.close();

  await page.reload();
  await expect(section.getByTestId("current-email")).toHaveText(newEmail);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page.getByRole("link", { name: "Get started" })).toBeVisible();
  await page.goto("/sign-in");
  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
  await signIn(page, newEmail);
  await expect(page.getByRole("heading", { name: "Hello, Email Changer" })).toBeVisible();
});

test("download my data: answers and cards as CSV, everything as JSON", async ({ page }) => {
  await signUp(page, "Data Keeper");
  await page.goto("/study");
  await answerCard(page);
  await continueWithRecordedGrade(page);

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Download your data" });
  const [answers] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Answers (CSV)" }).click()]);
  expect(answers.suggestedFilename()).toMatch(/^recall-reviews-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await answers.path(), "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(csv[0]).toMatch(/^review_id,reviewed_at,event,card_id,item_id,/);
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain(",review,");

  const [everything] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Everything (JSON)" }).click()]);
  expect(everything.suggestedFilename()).toMatch(/^recall-data-.*\.json$/);
  const data = JSON.parse(await readFile(await everything.path(), "utf8")) as { account: { name: string }; cards: unknown[]; reviews: unknown[] };
  expect(data.account.name).toBe("Data Keeper");
  expect(data.cards).toHaveLength(1);
  expect(data.reviews).toHaveLength(1);
});

test("forgot password: the outbox link sets a new password once, signs out the old session, and the old password stops working", async ({ page, browser }, testInfo) => {
  const email = await signUp(page, "Forgetful");
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const stranger = await other.newPage();

  await stranger.goto("/sign-in");
  await stranger.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(stranger.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await screenshot(stranger, "forgot-password", testInfo.project.name);
  // The same answer for an email nobody has.
  const nobody = uniqueEmail("nobody");
  await stranger.getByLabel("Email").fill(nobody);
  await stranger.getByRole("button", { name: "Send reset link" }).click();
  await expect(stranger.getByRole("status")).toContainText(`If an account uses ${nobody}, we have sent it a link`);
  await stranger.goto("/forgot-password");
  await stranger.getByLabel("Email").fill(email);
  await stranger.getByRole("button", { name: "Send reset link" }).click();
  await expect(stranger.getByRole("status")).toContainText(`If an account uses ${email}, we have sent it a link`);
  await screenshot(stranger, "forgot-password-sent", testInfo.project.name);

  const link = new URL(await linkFor(email, "/reset-password"));
  await stranger.goto(`${link.pathname}${link.search}`);
  await stranger.getByLabel(/^New password/).fill("a brand new passphrase");
  await stranger.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await screenshot(stranger, "reset-password", testInfo.project.name);
  await stranger.getByRole("button", { name: "Set new password" }).click();
  await expect(stranger.getByRole("status")).toContainText("Your password is changed");
  await screenshot(stranger, "reset-password-done", testInfo.project.name);

  // The link works once.
  await stranger.goto(`${link.pathname}${link.search}`);
  await expect(stranger.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
  await other.close();

  // The session signed in before the reset has ended.
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Get started" })).toBeVisible();
  await page.goto("/sign-in");
  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
  await signIn(page, email, "a brand new passphrase");
  await expect(page.getByRole("heading", { name: "Hello, Forgetful" })).toBeVisible();
});

test("delete account: after the password and typed confirmation, the data is gone and sign-in fails", async ({ page }, testInfo) => {
  const email = await signUp(page, "Leaving Learner");
  await page.goto("/study");
  await answerCard(page);
  await continueWithRecordedGrade(page);

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Delete your account" });
  await expect(section).toContainText("your 1 card, 1 answer");
  await section.getByText("Delete my account…").click();
  await section.getByLabel("Your password").fill(PASSWORD);
  await section.getByLabel(/Type delete my account to confirm/).fill("delete it");
  await section.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(section.getByRole("alert")).toContainText("Type “delete my account” to confirm.");
  await section.getByLabel(/Type delete my account to confirm/).fill("delete my account");
  await screenshot(section, "delete-account", testInfo.project.name);
  await section.getByRole("button", { name: "Delete my account for good" }).click();

  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await screenshot(page, "account-deleted", testInfo.project.name);
  // The export route (which reads the data) answers as for nobody, and sign-in fails.
  expect((await page.request.get("/api/account/export?format=json")).status()).toBe(401);
  await page.goto("/sign-in");
  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
});
