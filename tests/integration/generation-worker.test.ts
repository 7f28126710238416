import { Worker } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { generateArticleItems, buildLibraryPool } from "@/lib/generate";
import { workerGenerator } from "@/lib/server/generation/article-generator";
import type { LibraryRef } from "@/lib/server/generation/worker-protocol";

const article = (slug: string, title: string, body: string) => parseArticle(`${slug}.md`, `---\ntitle: ${title}\npublished: 2026-05-10\n---\n${body}\n`);

const upload = article("upload", "Tea exports", "Tea exports from Vietnam rose 43.7% in 2025, the Vietnam Tea Association said.\n\nCashew exports to China fell 13.9% in 2025.");
const libraryA: LibraryRef = { key: "a", articles: [article("lib-a", "Coffee", "Vietnam's coffee exports rose 41.5% in 2025, the Ministry of Industry and Trade said.")] };
const libraryB: LibraryRef = { key: "b", articles: [article("lib-b", "Rice", "Rice exports to the Philippines fell 12.5% in 2025, while pepper exports grew 27.5%.")] };
const inThread = (library: LibraryRef) => generateArticleItems(upload, { library: buildLibraryPool(library.articles) });
const noProgress = () => {};

describe("the generation worker", () => {
  it("generates with the library it was sent, sending the library's articles again only when its key changes", async () => {
    const post = vi.spyOn(Worker.prototype, "postMessage");
    const generator = workerGenerator();
    const first = await generator.generate(upload, libraryA, noProgress);
    const again = await generator.generate(upload, libraryA, noProgress);
    const switched = await generator.generate(upload, libraryB, noProgress);
    const sent = post.mock.calls.map(([request]) => (request as { library: { key: string; articles?: unknown[] } }).library);
    post.mockRestore();
    expect(sent).toEqual([libraryA, { key: "a" }, libraryB]);
    expect(first).toEqual(inThread(libraryA));
    expect(again).toEqual(first);
    expect(switched).toEqual(inThread(libraryB));
  }, 60_000);
});
