import type { Metadata } from "next";
import Link from "next/link";
import { ImportDeckForm } from "@/components/decks/import-deck-form";
import { primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { listInstructorDecks } from "@/lib/server/decks";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Decks" };
export const dynamic = "force-dynamic";

export default async function DecksPage() {
  const user = await requirePageUser("/decks", "deck:manage");
  const decks = await listInstructorDecks(user.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="mr-auto text-2xl font-bold">Your decks</h1>
        <Link href="/instructor/articles/new" className={secondaryButton}>
          Add an article
        </Link>
        <Link href="/decks/new" className={primaryButton}>
          New deck
        </Link>
      </div>
      <ImportDeckForm />
      {decks.length === 0 ? (
        <p className="text-slate-600">No decks yet. Build one from the article library or from your own articles.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {decks.map((d) => (
            <li key={d.id}>
              <Link href={`/decks/${d.id}`} className="block min-h-11 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500">
                <span className="flex items-center gap-2">
                  <span className="font-semibold">{d.title}</span>
                  <span className={`rounded-full px-2 py-0.5 text-xs ${d.publishedAt ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-600"}`}>
                    {d.publishedAt ? "Published" : "Draft"}
                  </span>
                </span>
                <span className="mt-1 block text-sm text-slate-600">
                  {d.activeItems} questions · assigned to {d.assignments} {d.assignments === 1 ? "class" : "classes"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
