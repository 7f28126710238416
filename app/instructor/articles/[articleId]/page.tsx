import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { backLink, primaryButton } from "@/components/ui/button-classes";
import { NotFoundError } from "@/lib/server/errors";
import { DELETE_ARTICLE_CONSEQUENCES, getArticleGeneration, getInstructorArticle } from "@/lib/server/instructor-articles";
import { DeleteArticleButton, EditArticleForm } from "@/components/decks/article-admin";
import { requirePageUser } from "@/lib/server/page-access";
import { GenerationProgress } from "@/components/decks/generation-progress";
import { ItemPreviewList } from "@/components/decks/item-preview-list";

export const metadata: Metadata = { title: "Article" };
export const dynamic = "force-dynamic";

export default async function InstructorArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const user = await requirePageUser(`/instructor/articles/${articleId}`, "article:manage");
  // The job's state first, then the article: a job that ends between two reads run at once showed "0 questions" with
  // its state "done", and nothing left to watch for the questions (CI on PostgreSQL). Read in this order, a job seen
  // done has its questions committed (one transaction), and one seen running is watched until it ends.
  const [generation, article] = await (async () => {
    const job = await getArticleGeneration(user.id, articleId);
    return [job, await getInstructorArticle(user.id, articleId)] as const;
  })().catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const generating = generation?.status === "queued" || generation?.status === "running";
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/instructor/articles/new" className={backLink}>
          Your articles
        </Link>
        <h1 className="text-2xl font-bold">{article.title}</h1>
        {article.source || article.publishedAt ? (
          <p className="text-sm text-slate-600" data-testid="article-published">
            {[article.source, article.publishedAt ? `published ${article.publishedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}` : null]
              .filter(Boolean)
              .join(", ")}
          </p>
        ) : null}
        <p className="text-slate-600" data-testid="article-item-count">
          {article.items.length} {article.items.length === 1 ? "question" : "questions"} made from this article.
        </p>
        <EditArticleForm
          articleId={article.id}
          title={article.title}
          source={article.source ?? ""}
          published={article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : ""}
        />
      </div>
      {generation && generation.status !== "done" ? <GenerationProgress articleId={article.id} initial={generation} /> : null}
      {article.items.length > 0 ? (
        <Link href={`/decks/new?article=${encodeURIComponent(article.id)}`} className={`${primaryButton} w-full sm:w-auto`}>
          Build a deck from it
        </Link>
      ) : generating || generation?.status === "failed" ? null : (
        <p className="rounded-xl bg-amber-50 p-4 text-amber-900">
          No questions could be made from this text. Articles with figures, dates, names and places work best.
        </p>
      )}
      <ItemPreviewList items={article.items} />
      <section className="border-t border-slate-200 pt-6" aria-label="Delete article">
        <DeleteArticleButton articleId={article.id} consequences={DELETE_ARTICLE_CONSEQUENCES} />
      </section>
    </div>
  );
}
