import type { Metadata } from "next";
import Link from "next/link";
import { OwnCardForm } from "@/components/own-cards/own-card-form";
import { primaryButton } from "@/components/ui/button-classes";
import { formatDay } from "@/lib/classes/format";
import { ownDeckId } from "@/lib/own-cards/own-store";
import { listOwnCards } from "@/lib/server/own-cards";
import { requirePageUser } from "@/lib/server/page-access";
import { studyAddress } from "@/lib/study/study-query";

export const metadata: Metadata = { title: "My cards" };
export const dynamic = "force-dynamic";

/** A learner's own cards: write one, see them all, open one to edit or delete it. Private to the signed-in user. */
export default async function OwnCardsPage() {
  const user = await requirePageUser("/cards", "cards:own");
  const cards = await listOwnCards(user.id);
  const now = new Date();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">My cards</h1>
        <p className="text-slate-600">
          Cards you write yourself, seen by nobody else. They are scheduled like every other card and come up in your daily study; you can also study them
          on their own.
        </p>
      </div>
      {cards.length > 0 && (
        <Link href={studyAddress({ deckId: ownDeckId(user.id) })} className={`${primaryButton} w-full sm:w-auto`}>
          Study my cards
        </Link>
      )}
      <section aria-labelledby="new-card-heading" className="space-y-2">
        <h2 id="new-card-heading" className="text-lg font-semibold">
          Write a card
        </h2>
        <OwnCardForm />
      </section>
      <section aria-labelledby="card-list-heading" className="space-y-2">
        <h2 id="card-list-heading" className="text-lg font-semibold">
          {cards.length === 0 ? "No cards yet" : `${cards.length} ${cards.length === 1 ? "card" : "cards"}`}
        </h2>
        {cards.length > 0 && (
          <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white shadow-sm" data-testid="own-card-list">
            {cards.map((c) => (
              <li key={c.itemId} className="flex items-center gap-3 p-3">
                <div className="min-w-0 flex-1">
                  <p className="break-words font-medium">{c.card.type === "basic" ? c.card.front : c.card.text}</p>
                  <p className="text-sm text-slate-600">
                    {c.card.type === "basic" ? (
                      <>
                        Back: <span className="break-words">{c.card.back}</span> ·{" "}
                      </>
                    ) : (
                      "Cloze · "
                    )}
                    {c.due === null ? "new" : c.due <= now ? "due now" : `next ${formatDay(c.due, user.timeZone)}`}
                  </p>
                </div>
                <Link href={`/cards/${encodeURIComponent(c.itemId)}`} className="inline-flex min-h-11 items-center px-2 font-medium text-brand-700 underline">
                  Edit<span className="sr-only"> card: {c.card.type === "basic" ? c.card.front : c.card.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
