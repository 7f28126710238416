import type { ArticleInput } from "@/lib/content/parse-article";
import type { QuizItem } from "@/lib/generate";

/** The shared library, identified by its articles' content hashes: the worker rebuilds its pool only when the key changes. */
export interface LibraryRef {
  key: string;
  articles: ArticleInput[];
}

/**
 * The library travels only when its key differs from the last one this worker was sent: copying every library body
 * between threads for each job would cost more than the job. A worker that is replaced starts without one.
 */
export interface GenerateRequest {
  id: number;
  article: ArticleInput;
  library: { key: string; articles?: ArticleInput[] };
}

export type WorkerReply =
  | { id: number; type: "progress"; done: number; total: number }
  | { id: number; type: "done"; items: QuizItem[] }
  | { id: number; type: "error"; message: string };
