import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteOwnCard } from "@/components/own-cards/delete-own-card";
import { OwnCardForm } from "@/components/own-cards/own-card-form";
import { backLink } from "@/components/ui/button-classes";
import { NotFoundError } from "@/lib/server/errors";
import { getOwnCard } from "@/lib/server/own-cards";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Edit card" };
export const dynamic = "force-dynamic";

/** Edits one of the signed-in learner's own cards; anyone else's card is "not found", like a missing one. */
export default async function EditOwnCardPage({ params }: { params: Promise<{ itemId: string }> }) {
  const { itemId } = await params;
  const user = await requirePageUser(`/cards/${encodeURIComponent(itemId)}`, "cards:own");
  const card = await getOwnCard(user.id, itemId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/cards" className={backLink}>
        ← My cards
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Edit card</h1>
        <p className="text-slate-600">
          Its schedule and answers so far stay with it{card.reviews > 0 ? ` (${card.reviews} ${card.reviews === 1 ? "answer" : "answers"})` : ""}.
        </p>
      </div>
      <OwnCardForm editing={{ itemId: card.itemId, card: card.card }} />
      <DeleteOwnCard itemId={card.itemId} reviews={card.reviews} />
    </div>
  );
}
