import { formatShare } from "@/lib/classes/format";
import type { ItemStats } from "@/lib/classes/class-dashboard";

export function ItemStatsList({ items }: { items: ItemStats[] }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li
          key={item.itemId}
          data-testid="item-stats"
          className={`rounded-2xl border bg-white p-4 shadow-sm ${item.flagged ? "border-amber-400 ring-1 ring-amber-300" : "border-slate-200"}`}
        >
          <div className="flex items-start gap-2">
            <p className="mr-auto font-medium">{item.prompt}</p>
            {item.flagged ? <span className="shrink-0 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Flagged</span> : null}
          </div>
          <p className="mt-1 text-sm text-slate-600">
            Answer: <span className="font-medium text-slate-800">{item.answer}</span>
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
            <div className="rounded-xl bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">Attempts</dt>
              <dd className="font-semibold tabular-nums">{item.attempts}</dd>
            </div>
            <div className="rounded-xl bg-slate-50 p-2">
              <dt className="text-xs text-slate-500">Right</dt>
              <dd className="font-semibold tabular-nums">{formatShare(item.shareCorrect)}</dd>
            </div>
            {item.commonWrongAnswer ? (
              <div className="col-span-2 rounded-xl bg-slate-50 p-2 sm:col-span-1">
                <dt className="text-xs text-slate-500">Most common wrong answer</dt>
                <dd className="break-words font-semibold">
                  {item.commonWrongAnswer} ({item.commonWrongCount}×)
                </dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
