import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signUp } from "./support/accounts";
import { answerCard } from "./support/study";

// Issue 11: a crafted callback led off the site after a correct sign-in; pages had no CSP.

/** Collects what the browser reports about the page's CSP and script errors. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

test("pages carry a nonce-based CSP, hydrate and run without a single violation", async ({ page }) => {
  const problems = watchConsole(page);
  const response = await page.goto("/sign-up");
  const csp = response!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
  // every script Next rendered carries this request's nonce
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((n) => n === nonce)).toBe(true);

  // signing up needs the hydrated form (it submits through JavaScript), studying needs fetch
  await signUp(page, "Csp Learner");
  await page.goto("/study");
  await answerCard(page);
  for (const path of ["/progress", "/settings", "/classes", "/no-such-page"]) await page.goto(path);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go home" }).click();
  await expect(page.getByRole("heading", { name: "Hello, Csp Learner" })).toBeVisible();
  expect(problems).toEqual([]);
});

const CALLBACKS = [
  "/\t/evil.example/x",
  "//evil.example/x",
  "/\\evil.example/x",
  "\\\\evil.example",
  "/.//evil.example",
  "%2F%2Fevil.example",
  "https://evil.example/x",
  "http:evil.example",
  "javascript:alert(document.domain)",
  " //evil.example",
];

test("no sign-in callback leads off the app's origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Were the browser sent off-site, the request would show here (and never reach the network).
  const offSite: string[] = [];
  await page.route((url) => url.origin !== origin, (route) => {
    offSite.push(route.request().url());
    return route.fulfill({ status: 200, body: "off-site" });
  });
  const email = await signUp(page, "Callback Learner");
  for (const callback of CALLBACKS) {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/sign-in");
    expect(new URL(page.url()).origin, callback).toBe(origin);
    expect(offSite, callback).toEqual([]);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  }
  // and a good callback still works
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/progress")}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/progress");
  expect(offSite).toEqual([]);
});
