import type { Metadata } from "next";
import { backLink } from "@/components/ui/button-classes";
import Link from "next/link";
import { AddArticleForm } from "@/components/decks/add-article-form";
import { MAX_ARTICLE_BYTES } from "@/lib/classes/article-upload";
import { listInstructorArticles } from "@/lib/server/instructor-articles";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Add an article" };
export const dynamic = "force-dynamic";

export default async function NewArticlePage() {
  const user = await requirePageUser("/instructor/articles/new", "article:manage");
  const mine = await listInstructorArticles(user.id);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/decks" className={backLink}>
          Decks
        </Link>
        <h1 className="text-2xl font-bold">Add an article</h1>
        <p className="text-slate-600">
          Paste the text or upload a Markdown (.md) or plain-text (.txt) file up to {MAX_ARTICLE_BYTES / 1024} KB. Questions are made from it in the background (the article page shows how far it got); only you
          can use it.
        </p>
      </div>
      <AddArticleForm maxBytes={MAX_ARTICLE_BYTES} />
      {mine.length > 0 ? (
        <section className="space-y-2" aria-labelledby="mine-heading">
          <h2 id="mine-heading" className="text-lg font-semibold">
            Your articles
          </h2>
          <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
            {mine.map((a) => (
              <li key={a.id}>
                <Link href={`/instructor/articles/${a.id}`} className="flex min-h-11 items-center justify-between gap-3 p-4 hover:bg-slate-50">
                  <span className="font-medium">{a.title}</span>
                  <span className="shrink-0 text-sm text-slate-600">{a.activeItems} questions</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
