import type { DeckMasteryRow } from "@/lib/server/progress";
import { formatPercent } from "@/lib/progress/fact-kind-labels";

/** Mastered items per deck, "All content" first: a bar and the figures in words. */
export function MasteryList({ mastery }: { mastery: DeckMasteryRow[] }) {
  return (
    <ul className="space-y-4">
      {mastery.map((m) => (
        <li key={m.deckId ?? "all"} className="space-y-1">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="min-w-0 break-words font-medium">
              {m.title}
              {m.classNames.length > 0 ? <span className="ml-1 text-sm font-normal text-slate-500">· {m.classNames.join(", ")}</span> : null}
            </span>
            <span className="text-sm tabular-nums text-slate-600">
              {m.mastered} of {m.items} mastered ({formatPercent(m.share)})
            </span>
          </div>
          <div className="h-2 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
            <div className="h-full rounded-full bg-green-600" style={{ width: `${Math.round(m.share * 1000) / 10}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
