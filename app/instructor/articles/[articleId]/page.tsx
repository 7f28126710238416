import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { primaryButton } from "@/components/ui/button-classes";
import { ITEM_TYPE_LABELS, type ItemType } from "@/lib/classes/deck-filter";
import { NotFoundError } from "@/lib/server/errors";
import { getInstructorArticle } from "@/lib/server/instructor-articles";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Article" };
export const dynamic = "force-dynamic";

export default async function InstructorArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const user = await requirePageUser(`/instructor/articles/${articleId}`, "article:manage");
  const article = await getInstructorArticle(user.id, articleId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/instructor/articles/new" className="text-sm font-medium text-brand-600 underline">
          Your articles
        </Link>
        <h1 className="text-2xl font-bold">{article.title}</h1>
        <p className="text-slate-600" data-testid="article-item-count">
          {article.items.length} {article.items.length === 1 ? "question" : "questions"} made from this article.
        </p>
      </div>
      {article.items.length > 0 ? (
        <Link href={`/decks/new?article=${encodeURIComponent(article.id)}`} className={`${primaryButton} w-full sm:w-auto`}>
          Build a deck from it
        </Link>
      ) : (
        <p className="rounded-xl bg-amber-50 p-4 text-amber-900">
          No questions could be made from this text. Articles with figures, dates, names and places work best.
        </p>
      )}
      <ol className="space-y-2">
        {article.items.map((item) => (
          <li key={item.itemId} className="rounded-xl border border-slate-200 bg-white p-3 text-sm">
            <p className="font-medium">{item.prompt}</p>
            <p className="text-slate-600">
              {ITEM_TYPE_LABELS[item.type as ItemType] ?? item.type} · Answer: {item.answer}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
