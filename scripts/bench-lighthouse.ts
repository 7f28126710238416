// npm run bench:lighthouse: Lighthouse's mobile performance score of the study page, signed in as the
// demo learner, and whether Chromium finds the app installable, against a running production build
// (`npm start`; BASE_URL, default http://localhost:3000). Lighthouse 12 (13 needs Node 22) has no PWA
// category any more: installability is asked of the browser itself (Page.getInstallabilityErrors),
// as Chrome decides it. Debian's chromium: CHROME_PATH (default /usr/bin/chromium).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 9333);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** Where to write each run's full report (lighthouse-<n>.json), to see what blocks: unset, none are kept. */
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const learner = (JSON.parse(readFileSync(".data/demo-accounts.json", "utf8")) as { role: string; email: string; password: string }[]).find((a) => a.role === "learner");
  if (!learner) throw new Error("no demo learner in .data/demo-accounts.json: start the app once with npm start");
  const profile = mkdtempSync(path.join(tmpdir(), "recall-lighthouse-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROME_PATH, args: [...FLAGS, `--remote-debugging-port=${DEBUG_PORT}`] });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${BASE_URL}/sign-in`);
    await page.getByLabel("Email").fill(learner.email);
    await page.getByLabel("Password").fill(learner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

    // Installability, as Chromium judges it once the service worker is running.
    await page.goto(`${BASE_URL}/study`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    const manifest = (await cdp.send("Page.getAppManifest")) as { errors: { message: string }[] };
    console.log(`installable: ${installabilityErrors.length === 0 ? "yes" : `no (${installabilityErrors.map((e) => e.errorId).join(", ")})`}`);
    if (manifest.errors.length) console.log(`manifest errors: ${manifest.errors.map((e) => e.message).join("; ")}`);

    // Lighthouse's default run is a phone (Moto G Power emulation, slow 4G, 4x CPU slowdown), from cold storage.
    const cookie = (await context.cookies(BASE_URL)).map((c) => `${c.name}=${c.value}`).join("; ");
    const scores: number[] = [];
    const benchmarkIndexes: number[] = [];
    const metrics: Record<string, number[]> = { lcp: [], tbt: [], cls: [], fcp: [] };
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${BASE_URL}/study`, { port: DEBUG_PORT, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: { Cookie: cookie } });
      const lhr = result?.lhr;
      if (!lhr) throw new Error("Lighthouse returned no result");
      if (REPORT_DIR) {
        mkdirSync(REPORT_DIR, { recursive: true });
        writeFileSync(path.join(REPORT_DIR, `lighthouse-${run + 1}.json`), JSON.stringify(lhr));
      }
      if (!lhr.finalDisplayedUrl.includes("/study")) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not the study page: was the sign-in lost?`);
      scores.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
      // Lighthouse's own measure of this machine's speed (a desktop scores about 1000+): on a loaded machine the
      // 4x CPU slowdown it applies lands on an already slow CPU, and Total Blocking Time grows with it.
      benchmarkIndexes.push(lhr.environment.benchmarkIndex);
      metrics.lcp!.push(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN);
      metrics.tbt!.push(lhr.audits["total-blocking-time"]?.numericValue ?? NaN);
      metrics.cls!.push(lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN);
      metrics.fcp!.push(lhr.audits["first-contentful-paint"]?.numericValue ?? NaN);
    }
    console.log(`study page, mobile, ${RUNS} runs: performance ${scores.join(", ")} (machine benchmarkIndex ${benchmarkIndexes.map(Math.round).join(", ")})`);
    console.log(`lighthouse_installable=${installabilityErrors.length === 0 ? 1 : 0}`);
    console.log(`lighthouse_study_mobile_performance_median=${median(scores)}`);
    console.log(
      `lighthouse_study_mobile_fcp_ms=${Math.round(median(metrics.fcp!))} lighthouse_study_mobile_lcp_ms=${Math.round(median(metrics.lcp!))} lighthouse_study_mobile_tbt_ms=${Math.round(median(metrics.tbt!))} lighthouse_study_mobile_cls=${median(metrics.cls!).toFixed(3)}`,
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
