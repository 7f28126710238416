import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentCompletionList } from "@/components/classes/assignment-completion-list";
import { DashboardSection, pagerOf } from "@/components/classes/dashboard-section";
import { ItemFilters, itemParams, LearnerFilters, learnerParams } from "@/components/classes/dashboard-filters";
import { ItemStatsList } from "@/components/classes/item-stats-list";
import { LearnerProgressList } from "@/components/classes/learner-progress-list";
import { backLink } from "@/components/ui/button-classes";
import { PageLinks } from "@/components/ui/page-links";
import { DASHBOARD_ROWS_PER_PAGE, DashboardQuerySchema } from "@/lib/classes/filter-dashboard";
import { getFilteredClassDashboard } from "@/lib/server/class-dashboard";
import { NotFoundError } from "@/lib/server/errors";
import { countOpenFlagsByDeck } from "@/lib/server/item-flags";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Class progress" };
export const dynamic = "force-dynamic";

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { classId } = await params;
  const query = DashboardQuerySchema.parse(await searchParams);
  const user = await requirePageUser(`/classes/${classId}/dashboard`, "class-progress:read");
  const now = new Date();
  const dashboard = await getFilteredClassDashboard(user.id, classId, query, now).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const flagged = dashboard.items.filter((i) => i.flagged).length;
  const learnerFlags = await countOpenFlagsByDeck(user.id, dashboard.decks.map((d) => d.deckId));
  const flaggedDecks = dashboard.decks.filter((d) => (learnerFlags.get(d.deckId) ?? 0) > 0);
  // A long deck would bury the answered questions on a phone: the untouched ones of the page fold away.
  const answered = dashboard.itemPage.items.filter((i) => i.attempts > 0);
  const unanswered = dashboard.itemPage.items.filter((i) => i.attempts === 0);
  const path = `/classes/${classId}/dashboard`;
  // Paging one table keeps the other's search, filter and page.
  const learnerLinkParams = { ...learnerParams(query), ...itemParams(query), ipage: String(dashboard.itemPage.page) };
  const itemLinkParams = { ...learnerParams(query), ...itemParams(query), lpage: String(dashboard.learnerPage.page) };
  const exportHref = (table: string) => `/api/classes/${encodeURIComponent(classId)}/export?table=${table}`;

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <Link href={`/classes/${classId}`} className={backLink}>
          {dashboard.class.name}
        </Link>
        <h1 className="text-2xl font-bold">Progress</h1>
        <p className="text-sm text-slate-600">
          {dashboard.learners.length} {dashboard.learners.length === 1 ? "learner" : "learners"} · {dashboard.items.length} questions in{" "}
          {dashboard.decks.length} assigned {dashboard.decks.length === 1 ? "deck" : "decks"}
          {flagged > 0 ? ` · ${flagged} flagged` : ""}
        </p>
      </div>

      {dashboard.assignments.length > 0 ? (
        <DashboardSection id="assignments-heading" title="Assignments" csvHref={exportHref("assignments")}>
          <AssignmentCompletionList assignments={dashboard.assignments} timeZone={user.timeZone} />
        </DashboardSection>
      ) : null}

      {flaggedDecks.length > 0 ? (
        <section className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-950" aria-labelledby="learner-flags-heading" data-testid="learner-flags">
          <h2 id="learner-flags-heading" className="font-semibold">
            Questions flagged by learners
          </h2>
          <ul className="mt-1 space-y-1">
            {flaggedDecks.map((d) => {
              const count = learnerFlags.get(d.deckId) ?? 0;
              return (
                <li key={d.deckId}>
                  <Link href={`/decks/${d.deckId}#flags-heading`} className="inline-flex min-h-11 items-center underline">
                    {d.title}: {count} open {count === 1 ? "flag" : "flags"}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <DashboardSection id="learners-heading" title="Learners" csvHref={exportHref("learners")}>
        {dashboard.learners.length === 0 ? (
          <p className="text-slate-600">Nobody has joined yet.</p>
        ) : (
          <>
            <LearnerFilters path={path} query={query} />
            {dashboard.learnerPage.items.length > 0 ? (
              <LearnerProgressList learners={dashboard.learnerPage.items} now={now} windowDays={dashboard.retentionWindowDays} />
            ) : null}
            <PageLinks
              path={path}
              params={learnerLinkParams}
              pageParam="lpage"
              fragment="learners-heading"
              {...pagerOf(dashboard.learnerPage)}
              perPage={DASHBOARD_ROWS_PER_PAGE}
              label="Pages of learners"
              empty="No learners match."
              testId="learners-range"
            />
          </>
        )}
      </DashboardSection>

      <DashboardSection id="items-heading" title="Questions" csvHref={exportHref("items")}>
        <p className="text-sm text-slate-600">Flagged: answered at least 3 times and missed by most of the class. Consider reteaching or editing them.</p>
        {dashboard.items.length === 0 ? (
          <p className="text-slate-600">Assign a deck to see how the class does on each question.</p>
        ) : (
          <>
            <ItemFilters path={path} query={query} />
            {answered.length > 0 ? (
              <ItemStatsList items={answered} />
            ) : dashboard.itemPage.total > 0 && !dashboard.items.some((i) => i.attempts > 0) ? (
              <p className="text-slate-600">Nobody has answered a question yet.</p>
            ) : null}
            {unanswered.length > 0 ? (
              <details className="rounded-2xl border border-slate-200 bg-white" open={query.ishow === "unanswered"}>
                <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-medium">
                  {unanswered.length} {unanswered.length === 1 ? "question" : "questions"} not answered yet
                </summary>
                <ul className="divide-y divide-slate-200 border-t border-slate-200 text-sm">
                  {unanswered.map((item) => (
                    <li key={item.itemId} className="px-4 py-2">
                      {item.prompt}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <PageLinks
              path={path}
              params={itemLinkParams}
              pageParam="ipage"
              fragment="items-heading"
              {...pagerOf(dashboard.itemPage)}
              perPage={DASHBOARD_ROWS_PER_PAGE}
              label="Pages of questions"
              empty="No questions match."
              testId="items-range"
            />
          </>
        )}
      </DashboardSection>
    </div>
  );
}
