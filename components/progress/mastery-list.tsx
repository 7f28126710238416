import type { DeckMasteryRow } from "@/lib/server/progress";
import { formatPercent } from "@/lib/progress/fact-kind-labels";

/** Mastered items per deck, "All content" first: a bar and the figures in words. */
export function MasteryList({ mastery }: { mastery: DeckMasteryRow[] }) {
  return (
    <ul className="space-y-4">
      {mastery.map((m) => (
        <li key={m.deckId ?? "all"} className="space-y-1">
          <div className="flex items-baseline justify-between gap-3">
            <span className="min-w-0 break-words font-medium">{m.title}</span>
            <span className="shrink-0 font-semibold tabular-nums">{formatPercent(m.share)}</span>
          </div>
          <p className="text-sm text-slate-600">
            {m.classNames.length > 0 ? `${m.classNames.join(", ")} · ` : ""}
            <span className="tabular-nums">
              {m.mastered} of {m.items} mastered
            </span>
          </p>
          <div className="h-2 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
            <div className="h-full rounded-full bg-green-600" style={{ width: `${Math.round(m.share * 1000) / 10}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
