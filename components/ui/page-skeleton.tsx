/** Placeholder blocks while a dashboard-like page loads. */
export function PageSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading">
      <div className="h-8 w-48 animate-pulse rounded-lg bg-slate-200" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded-2xl bg-slate-200" />
        ))}
      </div>
      <div className="h-48 animate-pulse rounded-2xl bg-slate-200" />
      <div className="h-40 animate-pulse rounded-2xl bg-slate-200" />
    </div>
  );
}
