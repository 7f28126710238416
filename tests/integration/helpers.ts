import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/server/db";
import { createUser } from "@/lib/server/users";

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

export function createLearner(label = "learner") {
  return createUser({ name: `Test ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "learner" });
}

// A peer address no other test uses: sign-in, sign-up and reset limits count per address, and test
// files share one database, so a fixed address lets one file's failed tries throttle another's.
export const uniqueAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;

export const clientId = () => randomUUID().replaceAll("-", "");

/** An article with one choice item anyone may study, for tests that answer it; `label` marks its rows. */
export async function createStudyableItem(label: string): Promise<string> {
  const article = await getDb().article.create({
    data: { slug: `${label}-${randomUUID().slice(0, 8)}`, title: label, body: "Trade rose 24% in 2024.", contentHash: "x", publishedAt: new Date("1991-01-01") },
  });
  const item = await getDb().item.create({
    data: { key: `${label}-${randomUUID()}`, articleId: article.id, type: "choice", kind: "percent", prompt: "By what percentage did trade rise?", answer: "24%", choices: JSON.stringify(["12%", "24%"]), sourceSentence: "Trade rose 24% in 2024." },
  });
  return item.id;
}

/** How `work` ended, and after how long; "still waiting" if it had not after `limitMs`. */
export async function outcome(work: Promise<unknown>, limitMs: number): Promise<{ ms: number; error?: unknown; result?: unknown } | "still waiting"> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<"still waiting">((resolve) => (timer = setTimeout(() => resolve("still waiting"), limitMs)));
  const ended = work.then(
    (result) => ({ ms: Date.now() - started, result }),
    (error: unknown) => ({ ms: Date.now() - started, error }),
  );
  const first = await Promise.race([ended, limit]);
  clearTimeout(timer);
  return first;
}
