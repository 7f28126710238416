import path from "node:path";
import type { Locator, Page } from "@playwright/test";

const SHOTS = process.env.E2E_SCREENSHOTS_DIR;

/** With E2E_SCREENSHOTS_DIR set, a picture of the page (or of one part of it) to look at. */
export async function screenshot(target: Page | Locator, name: string, project: string) {
  if (!SHOTS) return;
  const file = path.join(SHOTS, `${name}-${project}.png`);
  if ("goto" in target) await target.screenshot({ path: file, fullPage: true });
  else await target.screenshot({ path: file });
}
