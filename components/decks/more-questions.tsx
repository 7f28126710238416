"use client";

import { useState } from "react";
import { addArticleMoreQuestionsAction, addMoreQuestionAction } from "@/app/decks/actions";
import { FormError } from "@/components/classes/form-error";
import { useActionRunner } from "@/components/classes/use-action-runner";
import { secondaryButton } from "@/components/ui/button-classes";
import { ITEM_TYPE_LABELS, type ItemType } from "@/lib/classes/fact-kinds";
import type { ArticleMoreQuestions } from "@/lib/server/more-questions";

/** The deck's articles' questions it left out as less worth learning, each addable, or all of an article's at once. */
export function MoreQuestions({ deckId, groups }: { deckId: string; groups: ArticleMoreQuestions[] }) {
  const { pending, error, run } = useActionRunner();
  const [withheld, setWithheld] = useState(0);
  const noteWithheld = (result: { withheld: number }) => setWithheld(result.withheld);
  return (
    <div className="space-y-3">
      <FormError error={error} />
      {withheld > 0 ? (
        <p role="status" className="text-sm text-slate-700">
          {withheld === 1 ? "One question was" : `${withheld} questions were`} left out: the deck already asks them with another answer.
        </p>
      ) : null}
      {groups.map((group) => (
        <details key={group.articleId} className="rounded-2xl border border-slate-200 bg-white p-4" data-testid="more-questions">
          <summary className="cursor-pointer font-medium">
            {group.articleTitle} · {group.items.length} more {group.items.length === 1 ? "question" : "questions"}
          </summary>
          <div className="mt-3 space-y-2">
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => run(() => addArticleMoreQuestionsAction({ deckId, articleId: group.articleId }), noteWithheld)}>
              Add all {group.items.length}
            </button>
            <ol className="space-y-2">
              {group.items.map((item) => (
                <li key={item.itemId} className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 p-3 text-sm">
                  <span className="mr-auto min-w-0">
                    <span className="block font-medium">{item.prompt}</span>
                    <span className="block text-slate-600">
                      {ITEM_TYPE_LABELS[item.type as ItemType] ?? item.type} · Answer: {item.answer}
                    </span>
                  </span>
                  <button type="button" disabled={pending} className={secondaryButton} onClick={() => run(() => addMoreQuestionAction({ deckId, itemId: item.itemId }), noteWithheld)} aria-label={`Add “${item.prompt}” to this deck`}>
                    Add
                  </button>
                </li>
              ))}
            </ol>
          </div>
        </details>
      ))}
    </div>
  );
}
