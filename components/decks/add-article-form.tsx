"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { addArticleAction } from "@/app/instructor/articles/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton } from "@/components/ui/button-classes";

export function AddArticleForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const { pending, error, setError, run } = useActionRunner();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setError(null);
    setFile(null);
    if (!chosen) return;
    // Checked here for a quick answer; the server checks again.
    if (!/\.(md|txt)$/i.test(chosen.name)) {
      setError("Upload a Markdown (.md) or plain-text (.txt) file.");
      event.target.value = "";
      return;
    }
    if (chosen.size > maxBytes) {
      setError(`That file is ${Math.ceil(chosen.size / 1024)} KB; the limit is ${maxBytes / 1024} KB. Split it into parts.`);
      event.target.value = "";
      return;
    }
    setFile({ name: chosen.name, text: await chosen.text() });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const pasted = String(data.get("text") ?? "");
    const title = String(data.get("title") ?? "");
    const source = String(data.get("source") ?? "");
    const published = String(data.get("published") ?? "");
    const text = file ? file.text : pasted;
    if (!text.trim()) {
      setError("Paste the article text or choose a file.");
      return;
    }
    run(() => addArticleAction({ title, text, fileName: file?.name ?? null, source, published }), (added) => router.push(`/instructor/articles/${added.articleId}`));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" noValidate>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Title</span>
        <input name="title" maxLength={300} className={inputClass} placeholder="Leave empty to use the file's title" />
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Source (optional)</span>
          <input name="source" maxLength={200} className={inputClass} placeholder="e.g. Reuters" />
        </label>
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Published on</span>
          <input name="published" type="date" className={inputClass} aria-describedby="published-hint" />
          <span id="published-hint" className="mt-1 block text-sm text-slate-600">
            Dates like “next year” are read from it. Empty: the file’s date, else today.
          </span>
        </label>
      </div>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Article text</span>
        <textarea name="text" rows={10} disabled={file !== null} className={inputClass} placeholder="Paste the article here" />
      </label>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">…or upload a file</span>
        <input
          type="file"
          accept=".md,.txt,text/markdown,text/plain"
          onChange={(event) => void onFile(event)}
          className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-xl file:border-0 file:bg-slate-100 file:px-4 file:font-semibold"
        />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
        {pending ? "Uploading…" : "Add article"}
      </button>
    </form>
  );
}
