import { expect, test } from "@playwright/test";
import { signIn, signUp, submitSignUp } from "./support/accounts";
import { answerCard, continueWithRecordedGrade } from "./support/study";

const password = "a sturdy passphrase";

test("a new learner signs up, signs in again, studies five cards and sees the count go up", async ({ page }, testInfo) => {
  const email = `e2e-${testInfo.project.name}-${Date.now()}@example.test`;

  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Playwright Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("too short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Use at least 12 characters for your password.");

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Your account is ready");
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Hello, Playwright Learner" })).toBeVisible();
  await expect(page.getByTestId("studied-today")).toHaveText("0");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Get started" })).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("do not match");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Hello, Playwright Learner" })).toBeVisible();

  await page.getByRole("link", { name: /Study now/ }).click();
  for (let i = 1; i <= 5; i++) {
    await answerCard(page);
    await expect(page.getByTestId("session-count")).toHaveText(`${i} studied`);
    await continueWithRecordedGrade(page);
  }

  await page.goto("/");
  await expect(page.getByTestId("studied-today")).toHaveText("5");
});

test("signing up with a taken email looks exactly like a new sign-up, and only the owner's password signs in", async ({ page }, testInfo) => {
  const email = `dup-${testInfo.project.name}-${Date.now()}@example.test`;
  await signUp(page, "Owner", { email });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Get started" })).toBeVisible();

  const newEmail = `new-${testInfo.project.name}-${Date.now()}@example.test`;
  const pages: string[] = [];
  for (const address of [newEmail, email]) {
    await submitSignUp(page, "Someone", address, { password: "an impostor's password" });
    pages.push(`${new URL(page.url()).pathname}${new URL(page.url()).search} ${await page.locator("main").innerText()}`);
  }
  expect(pages[1]).toBe(pages[0]);

  await signIn(page, email, "an impostor's password");
  await expect(page.locator("form [role=alert]")).toContainText("do not match");
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Hello, Owner" })).toBeVisible();
});

test("a signed-out visitor who creates an account lands where they were going", async ({ page }, testInfo) => {
  await page.goto("/study");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstudy$/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fstudy$/);
  const email = `redirect-${testInfo.project.name}-${Date.now()}@example.test`;
  await page.getByLabel("Name").fill("Redirected Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?created=1&callbackUrl=%2Fstudy$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/study$/);
  await expect(page.getByTestId("study-card")).toBeVisible();
});

test.describe("a learner signing up in Hanoi", () => {
  test.use({ timezoneId: "Asia/Ho_Chi_Minh" });

  test("gets their own time zone, so their study day starts at 4 a.m. there", async ({ page }) => {
    await signUp(page, "Hanoi Learner");
    const response = await page.request.get("/api/settings");
    expect(response.ok()).toBe(true);
    // Chromium reports the zone under its older alias.
    expect(["Asia/Ho_Chi_Minh", "Asia/Saigon"]).toContain(((await response.json()) as { timeZone: string }).timeZone);
  });
});
