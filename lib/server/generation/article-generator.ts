import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ArticleInput } from "@/lib/content/parse-article";
import { buildLibraryPool, generateArticleItems, type FactGroups, type QuizItem } from "@/lib/generate";
import type { GenerateRequest, LibraryRef, WorkerReply } from "./worker-protocol";

export type ProgressListener = (done: number, total: number) => void;

/** Generates one article's items; the job runner does not care where the CPU work happens. */
export interface ArticleGenerator {
  generate(article: ArticleInput, library: LibraryRef, onProgress: ProgressListener): Promise<QuizItem[]>;
}

/**
 * In this thread, blocking it for the whole article. For scripts and tests only: the server uses the worker.
 * The library pool is cached per library version, as in the worker.
 */
export function inProcessGenerator(): ArticleGenerator {
  let library: { key: string; pool: FactGroups } | null = null;
  return {
    async generate(article, ref, onProgress) {
      if (library?.key !== ref.key) library = { key: ref.key, pool: buildLibraryPool(ref.articles) };
      return generateArticleItems(article, { library: library.pool, onProgress });
    },
  };
}

const WORKER_ENTRY = ["lib", "server", "generation", "worker-entry.mjs"].join("/");

type Pending = { resolve: (items: QuizItem[]) => void; reject: (error: Error) => void; onProgress: ProgressListener; timer: NodeJS.Timeout };

/**
 * One long-lived worker thread per process, started on first use (tsx compiles lib/ in it: about 1 s), one article
 * at a time. A worker that dies or runs past the time limit is replaced and its article fails.
 */
export function workerGenerator(options: { timeoutMs?: number } = {}): ArticleGenerator {
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  let worker: Worker | null = null;
  let libraryKeySent: string | null = null; // of the running worker; a new worker has none
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(error);
    }
  };
  const start = (): Worker => {
    // A path from the working directory, not import.meta.url: in Next's build this module lives in .next/. Built
    // with Reflect.construct so Turbopack does not take `new Worker(...)` for a worker to bundle (it cannot bundle
    // tsx); the entry is loaded by Node at run time, like the scripts.
    const entry = path.join(/* turbopackIgnore: true */ process.cwd(), WORKER_ENTRY);
    const w = Reflect.construct(Worker, [entry]) as Worker;
    libraryKeySent = null;
    w.unref(); // an idle generator does not keep a script alive
    w.on("message", (reply: WorkerReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === "progress") return p.onProgress(reply.done, reply.total);
      clearTimeout(p.timer);
      pending.delete(reply.id);
      if (reply.type === "done") p.resolve(reply.items);
      else p.reject(new Error(reply.message));
    });
    w.on("error", (error) => {
      if (worker === w) worker = null;
      failAll(error);
    });
    w.on("exit", (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`the generation worker stopped (exit code ${code})`));
    });
    return w;
  };

  return {
    generate(article, library, onProgress) {
      const w = (worker ??= start());
      const id = nextId++;
      return new Promise<QuizItem[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          // The thread is stuck in this article: replace it (the exit handler fails what it held).
          pending.delete(id);
          reject(new Error(`generation took longer than ${Math.round(timeoutMs / 1000)} s`));
          if (worker === w) worker = null;
          void w.terminate();
        }, timeoutMs);
        pending.set(id, { resolve, reject, onProgress, timer });
        // Keep the thread referenced while it has work, so a script waits for its result.
        w.ref();
        const request: GenerateRequest = { id, article, library: libraryKeySent === library.key ? { key: library.key } : library };
        libraryKeySent = library.key;
        w.postMessage(request);
      }).finally(() => {
        if (pending.size === 0) w.unref();
      });
    },
  };
}
