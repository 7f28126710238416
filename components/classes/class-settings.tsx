"use client";

import { changeDueDateAction, deleteClassAction, renameClassAction } from "@/app/classes/actions";
import { ConfirmDelete } from "@/components/admin/confirm-delete";
import { EditDetailsForm } from "@/components/admin/rename-form";

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  return (
    <EditDetailsForm
      title="Rename class"
      fields={[{ name: "name", label: "Class name", value: name, maxLength: 100 }]}
      onSave={(values) => renameClassAction({ classId, name: values.name })}
    />
  );
}

export function DeleteClassButton({ classId, consequences }: { classId: string; consequences: string }) {
  return <ConfirmDelete what="class" consequences={consequences} then="/classes" onDelete={() => deleteClassAction({ classId })} />;
}

/** `due` is the YYYY-MM-DD the due date falls on for the instructor, or "" for none. */
export function ChangeDueDateForm({ classId, deckId, deckTitle, due }: { classId: string; deckId: string; deckTitle: string; due: string }) {
  return (
    <EditDetailsForm
      title={due ? "Change due date" : "Set a due date"}
      fields={[{ name: "due", label: `Due date for ${deckTitle} (empty for none)`, value: due, maxLength: 10, type: "date" }]}
      onSave={(values) => changeDueDateAction({ classId, deckId, dueDate: values.due ?? "" })}
    />
  );
}
