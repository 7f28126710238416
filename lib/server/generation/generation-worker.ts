// Runs in a worker thread: question generation is pure CPU work (about 1 s for a 200 KB article), which would
// otherwise stop the server answering anyone while it runs.
import { parentPort } from "node:worker_threads";
import { buildLibraryPool, generateArticleItems, type FactGroups } from "@/lib/generate";
import type { GenerateRequest, WorkerReply } from "./worker-protocol";

let library: { key: string; pool: FactGroups } | null = null;

function handle(request: GenerateRequest): void {
  const reply = (message: WorkerReply) => parentPort?.postMessage(message);
  try {
    if (library?.key !== request.library.key) {
      if (!request.library.articles) throw new Error(`the worker has no library ${request.library.key}: it must be sent with the articles`);
      library = { key: request.library.key, pool: buildLibraryPool(request.library.articles) };
    }
    let last = 0;
    const items = generateArticleItems(request.article, {
      library: library.pool,
      onProgress: (done, total) => {
        // A message per sentence is cheap, but a few a second are all the job's progress needs.
        const now = Date.now();
        if (done === total || now - last >= 100) {
          last = now;
          reply({ id: request.id, type: "progress", done, total });
        }
      },
    });
    reply({ id: request.id, type: "done", items });
  } catch (error) {
    reply({ id: request.id, type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

parentPort?.on("message", (request: GenerateRequest) => handle(request));
