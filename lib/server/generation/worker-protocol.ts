import type { ArticleInput } from "@/lib/content/parse-article";
import type { QuizItem } from "@/lib/generate";

/** The shared library, identified by its articles' content hashes: the worker rebuilds its pool only when the key changes. */
export interface LibraryRef {
  key: string;
  articles: ArticleInput[];
}

export interface GenerateRequest {
  id: number;
  article: ArticleInput;
  library: LibraryRef;
}

export type WorkerReply =
  | { id: number; type: "progress"; done: number; total: number }
  | { id: number; type: "done"; items: QuizItem[] }
  | { id: number; type: "error"; message: string };
