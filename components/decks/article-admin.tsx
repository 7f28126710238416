"use client";

import { deleteArticleAction, editArticleAction } from "@/app/instructor/articles/actions";
import { ConfirmDelete } from "@/components/admin/confirm-delete";
import { EditDetailsForm } from "@/components/admin/rename-form";

export function EditArticleForm({ articleId, title, source, published }: { articleId: string; title: string; source: string; published: string }) {
  return (
    <EditDetailsForm
      title="Edit details"
      fields={[
        { name: "title", label: "Title", value: title, maxLength: 300 },
        { name: "source", label: "Source (optional)", value: source, maxLength: 200 },
        { name: "published", label: "Published (optional)", value: published, maxLength: 10, type: "date" },
      ]}
      onSave={(values) => editArticleAction({ articleId, title: values.title, source: values.source, published: values.published })}
    />
  );
}

export function DeleteArticleButton({ articleId, consequences }: { articleId: string; consequences: string }) {
  return <ConfirmDelete what="article" consequences={consequences} then="/instructor/articles/new" onDelete={() => deleteArticleAction({ articleId })} />;
}
