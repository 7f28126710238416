import Link from "next/link";
import { primaryButton, secondaryButton } from "@/components/ui/button-classes";
import { getCurrentUser } from "@/lib/server/session";
import { getStudySummary } from "@/lib/server/study";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <section className="space-y-6 py-8 text-center">
        <h1 className="text-3xl font-bold sm:text-4xl">Learn what matters in every article</h1>
        <p className="mx-auto max-w-xl text-lg text-slate-600">
          Recall turns articles into quiz questions — figures, people, dates and places — and schedules your reviews with FSRS
          so you remember them with the fewest reviews.
        </p>
        <div className="flex justify-center gap-3">
          <Link href="/sign-up" className={primaryButton}>
            Get started
          </Link>
          <Link href="/sign-in" className={secondaryButton}>
            Sign in
          </Link>
        </div>
      </section>
    );
  }

  const summary = await getStudySummary(user.id, new Date());
  const toStudy = summary.dueNow + summary.newAvailable;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">Hello, {user.name}</h1>
      <dl className="grid grid-cols-3 gap-3">
        <Stat label="Studied today" value={summary.studiedToday} testId="studied-today" />
        <Stat label="Due now" value={summary.dueNow} testId="due-now" />
        <Stat label="New available" value={summary.newAvailable} testId="new-available" />
      </dl>
      {toStudy > 0 ? (
        <Link href="/study" className={`${primaryButton} w-full sm:w-auto`}>
          Study now ({toStudy})
        </Link>
      ) : (
        <p className="rounded-xl bg-green-50 p-4 text-green-900">
          You are all caught up. Come back later, or <Link href="/study?more=1" className="font-semibold underline">study more</Link>.
        </p>
      )}
    </section>
  );
}

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-4 text-center shadow-sm">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
