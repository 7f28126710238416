"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ArticleGeneration } from "@/lib/server/instructor-articles";

const POLL_MS = 1500;

function describe(g: ArticleGeneration): string {
  if (g.status === "queued") return "Waiting to start making questions…";
  if (g.sentencesTotal === 0) return "Making questions…";
  return `Making questions: ${g.sentencesDone} of ${g.sentencesTotal} sentences read.`;
}

/**
 * Where making an article's questions stands, refreshed every 1.5 s while the job runs; once it ends the page is
 * re-rendered on the server (router.refresh) to show the questions, without a full reload.
 */
export function GenerationProgress({ articleId, initial }: { articleId: string; initial: ArticleGeneration }) {
  const router = useRouter();
  const [generation, setGeneration] = useState(initial);
  const [lost, setLost] = useState(false);
  const running = generation.status === "queued" || generation.status === "running";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/instructor/articles/${encodeURIComponent(articleId)}/generation`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as ArticleGeneration | null;
        if (stopped || !next) return;
        setLost(false);
        setGeneration(next);
        if (next.status === "done" || next.status === "failed") router.refresh();
      } catch {
        if (!stopped) {
          setLost(true);
          setGeneration((g) => ({ ...g })); // poll again
        }
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [articleId, generation, running, router]);

  if (generation.status === "failed") {
    return (
      <p role="alert" className="rounded-xl bg-red-50 p-4 text-red-900" data-testid="generation-failed">
        {generation.error ?? "We could not make questions from this article."}
      </p>
    );
  }
  if (!running) return null;
  const percent = generation.sentencesTotal ? Math.round((generation.sentencesDone / generation.sentencesTotal) * 100) : 0;
  return (
    <div className="space-y-2 rounded-xl bg-slate-50 p-4" data-testid="generation-progress" aria-live="polite">
      <p className="text-slate-700">{describe(generation)}</p>
      <progress className="h-2 w-full" max={100} value={generation.status === "queued" ? undefined : percent} aria-label="Questions being made" />
      {lost ? <p className="text-sm text-slate-600">Lost touch with the server; trying again…</p> : null}
    </div>
  );
}
