import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./support/accounts";
import { answerCard } from "./support/study";

/** axe's WCAG 2 A and AA rules on the page as it is now: the list of what fails, empty when clean. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains("dark"));

test.beforeEach(async ({ page }) => {
  // What the page looks like when the HTML has been parsed, before any of the app's scripts ran: a flash shows here.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { __atParse: { dark: boolean; background: string } }).__atParse = {
        dark: document.documentElement.classList.contains("dark"),
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
  });
});

const atParse = (page: Page) => page.evaluate(() => (window as unknown as { __atParse: { dark: boolean; background: string } }).__atParse);

test("dark mode follows the system from the first paint, and a switch overrides it on this device", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signUp(page, "Night Owl");
  await page.goto("/");
  expect(await atParse(page)).toEqual({ dark: true, background: "rgb(2, 6, 23)" });
  const toggle = page.getByTestId("theme-switch");
  await expect(toggle).toHaveAccessibleName("Theme: Auto. Change theme");

  // Auto → Light: light although the system is dark, and still light after a reload, from the first paint.
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Theme: Light. Change theme");
  expect(await isDark(page)).toBe(false);
  await page.reload();
  expect((await atParse(page)).dark).toBe(false);
  await expect(toggle).toHaveAccessibleName("Theme: Light. Change theme");

  // Light → Dark: dark although the system is now light.
  await toggle.click();
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  expect((await atParse(page)).dark).toBe(true);

  // Dark → Auto: follows the system again, live.
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Theme: Auto. Change theme");
  expect(await isDark(page)).toBe(false);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => isDark(page)).toBe(true);
});

for (const scheme of ["light", "dark"] as const) {
  test(`${scheme} theme: home, a question, its feedback, custom study and progress pass axe`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await signUp(page, `Axe ${scheme}`);
    expect(await isDark(page)).toBe(scheme === "dark");
    expect(await axeViolations(page), "home").toEqual([]);

    await page.goto("/study");
    await expect(page.getByTestId("study-card")).toBeVisible();
    expect(await axeViolations(page), "question").toEqual([]);
    await answerCard(page);
    await page.getByText("Flag this question").click();
    expect(await axeViolations(page), "feedback").toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`study-${scheme}.png`), fullPage: true });

    await page.goto("/study/custom");
    expect(await axeViolations(page), "custom study").toEqual([]);
    await page.goto("/progress");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page), "progress").toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`progress-${scheme}.png`), fullPage: true });
  });
}
