import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignDeckForm } from "@/components/classes/assign-deck-form";
import { ArchiveClassButton, RemoveLearnerButton, RestoreLearnerButton, UnassignDeckButton } from "@/components/classes/class-admin-buttons";
import { ChangeDueDateForm, DeleteClassButton, RenameClassForm } from "@/components/classes/class-settings";
import { CopyInvite } from "@/components/classes/copy-invite";
import { backLink, primaryButton } from "@/components/ui/button-classes";
import { formatDay, toDayInput } from "@/lib/classes/format";
import { DELETE_CLASS_CONSEQUENCES, getInstructorClass } from "@/lib/server/classes";
import { listInstructorDecks } from "@/lib/server/decks";
import { NotFoundError } from "@/lib/server/errors";
import { requirePageUser } from "@/lib/server/page-access";
import { describeInfeasibleAssignment } from "@/lib/srs/deck-pace";

export const metadata: Metadata = { title: "Class" };
export const dynamic = "force-dynamic";

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requirePageUser(`/classes/${classId}`, "class:manage");
  const klass = await getInstructorClass(user.id, classId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const assignable = klass.archivedAt
    ? []
    : (await listInstructorDecks(user.id)).filter((d) => d.publishedAt && !klass.assignments.some((a) => a.deckId === d.id));
  const readOnly = klass.archivedAt !== null;
  const now = new Date();

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <Link href="/classes" className={backLink}>
          All classes
        </Link>
        <h1 className="text-2xl font-bold">{klass.name}</h1>
        {readOnly ? null : <RenameClassForm classId={klass.id} name={klass.name} />}
        {readOnly ? (
          <p className="rounded-xl bg-slate-100 p-3 text-sm text-slate-700">Archived on {formatDay(klass.archivedAt!, user.timeZone)}. Learners no longer see this class.</p>
        ) : null}
      </div>

      {readOnly ? null : (
        <section className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="code-heading">
          <h2 id="code-heading" className="text-lg font-semibold">
            Invite learners
          </h2>
          <p className="text-sm text-slate-600">Learners type this code on their Classes page, or open the invite link.</p>
          <p className="font-mono text-4xl font-bold tracking-[0.2em]" data-testid="join-code">
            {klass.joinCode}
          </p>
          <CopyInvite code={klass.joinCode} />
        </section>
      )}

      <Link href={`/classes/${klass.id}/dashboard`} className={`${primaryButton} w-full sm:w-auto`}>
        Open progress dashboard
      </Link>

      <section className="space-y-3" aria-labelledby="decks-heading">
        <h2 id="decks-heading" className="text-lg font-semibold">
          Assigned decks
        </h2>
        {klass.assignments.length === 0 ? <p className="text-slate-600">No decks assigned yet.</p> : null}
        <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white empty:hidden">
          {klass.assignments.map((a) => (
            <li key={a.id} className="flex items-center gap-3 p-4">
              <div className="mr-auto">
                <Link href={`/decks/${a.deckId}`} className="font-medium underline decoration-slate-300">
                  {a.deckTitle}
                </Link>
                <p className="text-sm text-slate-600">{a.dueAt ? `Due ${formatDay(a.dueAt, user.timeZone)}` : "No due date"}</p>
                <AssignmentPaceWarning message={describeInfeasibleAssignment({ deckItems: a.deckItems, dueAt: a.dueAt, now, timeZone: user.timeZone })} />
                {readOnly ? null : (
                  <div className="mt-2">
                    <ChangeDueDateForm classId={klass.id} deckId={a.deckId} deckTitle={a.deckTitle} due={toDayInput(a.dueAt, user.timeZone)} />
                  </div>
                )}
              </div>
              {readOnly ? null : <UnassignDeckButton classId={klass.id} deckId={a.deckId} title={a.deckTitle} />}
            </li>
          ))}
        </ul>
        {readOnly ? null : assignable.length > 0 ? (
          <AssignDeckForm classes={[{ id: klass.id, name: klass.name }]} decks={assignable.map((d) => ({ id: d.id, title: d.title }))} />
        ) : (
          <p className="text-sm text-slate-600">
            To assign more, <Link href="/decks/new" className="font-medium text-brand-600 underline">build</Link> and publish a deck.
          </p>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="learners-heading">
        <h2 id="learners-heading" className="text-lg font-semibold">
          Learners ({klass.learners.length})
        </h2>
        {klass.learners.length === 0 ? <p className="text-slate-600">Nobody has joined yet.</p> : null}
        <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white empty:hidden">
          {klass.learners.map((l) => (
            <li key={l.userId} className="flex items-center gap-3 p-4">
              <div className="mr-auto min-w-0">
                <p className="truncate font-medium">{l.name}</p>
                <p className="truncate text-sm text-slate-600">{l.email}</p>
              </div>
              {readOnly ? null : <RemoveLearnerButton classId={klass.id} userId={l.userId} name={l.name} />}
            </li>
          ))}
        </ul>
      </section>

      {klass.removedLearners.length > 0 ? (
        <details className="rounded-2xl border border-slate-200 bg-white">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-medium">Removed learners ({klass.removedLearners.length})</summary>
          <ul className="divide-y divide-slate-200 border-t border-slate-200">
            {klass.removedLearners.map((l) => (
              <li key={l.userId} className="flex items-center gap-3 p-4">
                <div className="mr-auto min-w-0">
                  <p className="truncate font-medium">{l.name}</p>
                  <p className="truncate text-sm text-slate-600">Removed {formatDay(l.removedAt, user.timeZone)}</p>
                </div>
                {readOnly ? null : <RestoreLearnerButton classId={klass.id} userId={l.userId} name={l.name} />}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <section className="flex flex-wrap items-start gap-3 border-t border-slate-200 pt-6" aria-label="Archive or delete class">
        {readOnly ? null : <ArchiveClassButton classId={klass.id} />}
        <DeleteClassButton classId={klass.id} consequences={DELETE_CLASS_CONSEQUENCES} />
      </section>
    </div>
  );
}


function AssignmentPaceWarning({ message }: { message: string | null }) {
  return message ? (
    <p className="text-sm font-medium text-amber-800" data-testid="assignment-pace-warning">
      {message}
    </p>
  ) : null;
}
