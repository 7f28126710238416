"use client";

import { deleteOwnCardAction } from "@/app/cards/actions";
import { ConfirmDelete } from "@/components/admin/confirm-delete";

/** Deleting asks first: the card goes with its answers, and the list is shown again. */
export function DeleteOwnCard({ itemId, reviews }: { itemId: string; reviews: number }) {
  return (
    <ConfirmDelete
      what="card"
      consequences={
        reviews > 0
          ? `Its schedule and your ${reviews} ${reviews === 1 ? "answer" : "answers"} to it go too, and your progress is counted without them. This cannot be undone.`
          : "This cannot be undone."
      }
      then="/cards"
      onDelete={() => deleteOwnCardAction({ itemId })}
    />
  );
}
