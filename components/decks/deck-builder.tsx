"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createDeckAction, previewDeckItemsAction } from "@/app/decks/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { inputClass, primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { FACT_KIND_LABELS, FACT_KINDS, ITEM_TYPE_LABELS, ITEM_TYPES, type FactKind, type ItemType } from "@/lib/classes/fact-kinds";
import type { DeckItemView, DeckSourceArticle } from "@/lib/server/decks";
import { ItemPreviewList } from "@/components/decks/item-preview-list";

const checkboxRow = "flex min-h-11 items-center gap-3 rounded-xl border border-slate-200 bg-white px-3 py-2 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50";

export function DeckBuilder({ articles, preselected }: { articles: DeckSourceArticle[]; preselected: string[] }) {
  const router = useRouter();
  const { pending, error, setError, run } = useActionRunner();
  const [articleIds, setArticleIds] = useState<string[]>(preselected);
  const [kinds, setKinds] = useState<FactKind[]>([...FACT_KINDS]);
  const [types, setTypes] = useState<ItemType[]>([...ITEM_TYPES]);
  const [more, setMore] = useState(false);
  const [preview, setPreview] = useState<{ total: number; items: DeckItemView[] } | null>(null);
  const toggle = <T,>(list: T[], value: T, set: (next: T[]) => void) => {
    set(list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
    setPreview(null);
  };

  function onPreview() {
    run(() => previewDeckItemsAction({ articleIds, kinds, types, more }), setPreview);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get("title") ?? "");
    if (!title.trim()) {
      setError("Give the deck a title.");
      return;
    }
    run(() => createDeckAction({ title, articleIds, kinds, types, more }), (deck) => router.push(`/decks/${deck.id}`));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">Deck title</span>
        <input name="title" required maxLength={120} className={inputClass} placeholder="e.g. Trade figures, week 3" />
      </label>

      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium">Articles</legend>
        <div className="max-h-96 space-y-2 overflow-y-auto pr-1">
          {articles.map((a) => (
            <label key={a.id} className={checkboxRow}>
              <input type="checkbox" className="size-5 shrink-0" checked={articleIds.includes(a.id)} onChange={() => toggle(articleIds, a.id, setArticleIds)} />
              <span className="min-w-0">
                <span className="block font-medium">{a.title}</span>
                <span className="block text-xs text-slate-500">
                  {a.mine ? "Your article" : (a.source ?? "Library")} · {a.coreItems} questions
                  {a.activeItems > a.coreItems ? `, ${a.activeItems - a.coreItems} more` : ""}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-sm font-medium">Kinds of fact</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {FACT_KINDS.map((kind) => (
            <label key={kind} className={checkboxRow}>
              <input type="checkbox" className="size-5" checked={kinds.includes(kind)} onChange={() => toggle(kinds, kind, setKinds)} />
              {FACT_KIND_LABELS[kind]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-sm font-medium">Question types</legend>
        <div className="grid grid-cols-2 gap-2">
          {ITEM_TYPES.map((type) => (
            <label key={type} className={checkboxRow}>
              <input type="checkbox" className="size-5" checked={types.includes(type)} onChange={() => toggle(types, type, setTypes)} />
              {ITEM_TYPE_LABELS[type]}
            </label>
          ))}
        </div>
      </fieldset>

      <label className={checkboxRow}>
        <input
          type="checkbox"
          className="size-5 shrink-0"
          checked={more}
          onChange={() => {
            setMore(!more);
            setPreview(null);
          }}
        />
        <span className="min-w-0">
          <span className="block font-medium">Include more questions</span>
          <span className="block text-xs text-slate-500">Also questions on less central facts. Without them you can still add any of them from the deck page.</span>
        </span>
      </label>

      <FormError error={error} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="button" onClick={onPreview} disabled={pending} className={secondaryButton}>
          Preview questions
        </button>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Working…" : "Create deck"}
        </button>
      </div>

      {preview ? (
        <section aria-label="Preview" className="space-y-3">
          <p className="font-medium" data-testid="preview-total">
            {preview.total} {preview.total === 1 ? "question matches" : "questions match"}
            {preview.total > preview.items.length ? `; the first ${preview.items.length} are shown.` : "."}
          </p>
          <ItemPreviewList items={preview.items} />
        </section>
      ) : null}
    </form>
  );
}
