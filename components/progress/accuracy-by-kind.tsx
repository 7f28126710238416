import type { AccuracyByKind as Accuracy } from "@/lib/progress/compute-accuracy-by-kind";
import { describeFactKind, describeWeakestKind, formatPercent } from "@/lib/progress/fact-kind-labels";

/** Right answers per kind of fact as a table with inline bars; the weakest kind is named in a sentence above it. */
export function AccuracyByKind({ accuracy, minAttempts }: { accuracy: Accuracy; minAttempts: number }) {
  if (accuracy.kinds.length === 0) return <p className="text-slate-600">Answer a few questions to see which kinds of fact you know best.</p>;
  return (
    <div className="space-y-3">
      <p className="font-medium" data-testid="weakest-kind">
        {accuracy.weakest
          ? describeWeakestKind(accuracy.weakest)
          : `Keep going: a kind of fact needs ${minAttempts} answers before we can tell which you miss most.`}
      </p>
      <table className="w-full table-fixed text-sm">
        <caption className="sr-only">Right answers by kind of fact</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="w-1/3 pb-1 font-medium">
              Kind
            </th>
            <th scope="col" className="pb-1 font-medium">
              Right
            </th>
            <th scope="col" className="w-20 pb-1 text-right font-medium">
              Answers
            </th>
          </tr>
        </thead>
        <tbody>
          {accuracy.kinds.map((k) => (
            <tr key={k.kind} className="border-t border-slate-100">
              <th scope="row" className="break-words py-2 pr-2 text-left font-normal first-letter:uppercase">
                {describeFactKind(k.kind)}
              </th>
              <td className="py-2 pr-2">
                <span className="flex items-center gap-2">
                  <span className="h-2 min-w-0 flex-1 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                    <span className={`block h-full rounded-full ${k === accuracy.weakest ? "bg-amber-500" : "bg-brand-500"}`} style={{ width: `${Math.round(k.accuracy * 100)}%` }} />
                  </span>
                  <span className="w-10 shrink-0 text-right tabular-nums">{formatPercent(k.accuracy)}</span>
                </span>
              </td>
              <td className="py-2 text-right tabular-nums">{k.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
