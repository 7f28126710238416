"use client";

import { deleteDeckAction, renameDeckAction } from "@/app/decks/actions";
import { ConfirmDelete } from "@/components/admin/confirm-delete";
import { EditDetailsForm } from "@/components/admin/rename-form";

export function RenameDeckForm({ deckId, title, description }: { deckId: string; title: string; description: string }) {
  return (
    <EditDetailsForm
      title="Rename deck"
      fields={[
        { name: "title", label: "Title", value: title, maxLength: 120 },
        { name: "description", label: "Description (optional)", value: description, maxLength: 1000, long: true },
      ]}
      onSave={(values) => renameDeckAction({ deckId, title: values.title, description: values.description })}
    />
  );
}

export function DeleteDeckButton({ deckId, consequences }: { deckId: string; consequences: string }) {
  return <ConfirmDelete what="deck" consequences={consequences} then="/decks" onDelete={() => deleteDeckAction({ deckId })} />;
}
