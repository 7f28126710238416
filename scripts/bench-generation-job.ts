// A 200 KB upload generated as a job, as the server runs it: how long the upload takes to return, how long the job
// takes, and the longest the event loop was blocked meanwhile, with the worker thread and (for comparison) with
// generation in the server's own thread. Uses a fresh database of its own:
//   npx tsx --conditions=react-server scripts/bench-generation-job.ts   (DATABASE_URL names a base; "-bench" is added)
import { storeArticleFiles } from "@/lib/server/catalog";
import { getDb } from "@/lib/server/db";
import { inProcessGenerator, type ArticleGenerator } from "@/lib/server/generation/article-generator";
import { runGenerationJobs } from "@/lib/server/generation/run-generation-jobs";
import { largeArticleText } from "@/tests/support/large-article";
import { readArticleFiles } from "./lib/content-files";
import { DEFAULT_DATABASE_URL, deriveDatabaseUrl, resetDatabase } from "./lib/database";

const url = deriveDatabaseUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, "bench");
process.env.DATABASE_URL = url;

async function measure(label: string, generator?: ArticleGenerator) {
  const text = largeArticleText(195 * 1024, `Bench ${label} ${Date.now()}`);
  const stored0 = performance.now();
  const stored = await storeArticleFiles([{ fileName: `bench-${label}-${Date.now()}.md`, text }], { ownerId: null });
  const uploadMs = performance.now() - stored0;
  let maxDelay = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const t = performance.now();
    maxDelay = Math.max(maxDelay, t - last - 10);
    last = t;
  }, 10);
  const t0 = performance.now();
  const [outcome] = await runGenerationJobs({ only: stored.jobs.map((j) => j.jobId), generator });
  clearInterval(probe);
  const items = outcome?.status === "done" ? outcome.result.created : 0;
  console.log(`${label}: upload_return_ms=${uploadMs.toFixed(0)} job_ms=${(performance.now() - t0).toFixed(0)} items=${items} max_event_loop_delay_ms=${maxDelay.toFixed(0)}`);
}

async function main() {
  await resetDatabase(url);
  // The library (content/) first, so wrong options have their library layer.
  await storeArticleFiles(readArticleFiles("content"));
  await runGenerationJobs();
  await measure("worker");
  await measure("in-thread", inProcessGenerator());
  await getDb().$disconnect();
}

void main();
