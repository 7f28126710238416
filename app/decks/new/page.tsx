import type { Metadata } from "next";
import { backLink } from "@/components/ui/button-classes";
import Link from "next/link";
import { DeckBuilder } from "@/components/decks/deck-builder";
import { listDeckSourceArticles } from "@/lib/server/decks";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "New deck" };
export const dynamic = "force-dynamic";

export default async function NewDeckPage({ searchParams }: { searchParams: Promise<{ article?: string | string[] }> }) {
  const user = await requirePageUser("/decks/new", "deck:manage");
  const articles = await listDeckSourceArticles(user.id);
  const { article } = await searchParams;
  const preselected = (Array.isArray(article) ? article : article ? [article] : []).filter((id) => articles.some((a) => a.id === id));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/decks" className={backLink}>
          All decks
        </Link>
        <h1 className="text-2xl font-bold">Build a deck</h1>
        <p className="text-slate-600">
          Pick articles and the kinds of question you want, preview them, then create the deck. You can edit or drop single questions afterwards.
        </p>
      </div>
      {articles.length === 0 ? (
        <p className="text-slate-600">
          There are no articles yet. <Link href="/instructor/articles/new" className="font-medium text-brand-600 underline">Add one</Link>.
        </p>
      ) : (
        <DeckBuilder articles={articles} preselected={preselected} />
      )}
    </div>
  );
}
