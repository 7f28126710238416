import type { Metadata } from "next";
import Link from "next/link";
import { AssignedDeckList } from "@/components/classes/assigned-deck-list";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { secondaryButton } from "@/components/ui/button-classes";
import { getAssignedDecksForLearner } from "@/lib/server/assignments";
import { listInstructorClasses, listLearnerClasses } from "@/lib/server/classes";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Classes" };
export const dynamic = "force-dynamic";

export default async function ClassesPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const user = await requirePageUser("/classes");
  if (user.role === "instructor") return <InstructorClasses instructorId={user.id} />;
  const { joined } = await searchParams;
  const now = new Date();
  const [classes, assigned] = await Promise.all([listLearnerClasses(user.id), getAssignedDecksForLearner(user.id, now)]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Your classes</h1>
      {joined ? (
        <p role="status" className="rounded-xl bg-green-50 p-4 text-green-900">
          You joined {joined}.
        </p>
      ) : null}
      <section className="space-y-3" aria-labelledby="assigned-heading">
        <h2 id="assigned-heading" className="text-lg font-semibold">
          Assigned decks
        </h2>
        {assigned.length === 0 ? (
          <p className="text-slate-600">Nothing assigned yet. Decks your instructors assign will show here.</p>
        ) : (
          <AssignedDeckList decks={assigned} timeZone={user.timeZone} now={now} />
        )}
      </section>
      <section className="space-y-3" aria-labelledby="classes-heading">
        <h2 id="classes-heading" className="text-lg font-semibold">
          Classes you are in
        </h2>
        {classes.length === 0 ? (
          <p className="text-slate-600">You are not in a class yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
            {classes.map((c) => (
              <li key={c.id} className="p-4">
                <p className="font-medium">{c.name}</p>
                <p className="text-sm text-slate-600">with {c.instructorName}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="join-heading">
        <h2 id="join-heading" className="text-lg font-semibold">
          Join a class
        </h2>
        <p className="text-sm text-slate-600">Type the code your instructor gave you.</p>
        <JoinClassForm />
      </section>
    </div>
  );
}

async function InstructorClasses({ instructorId }: { instructorId: string }) {
  const classes = await listInstructorClasses(instructorId);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="mr-auto text-2xl font-bold">Your classes</h1>
        <Link href="/decks" className={secondaryButton}>
          Decks
        </Link>
        <Link href="/instructor/articles/new" className={secondaryButton}>
          Add an article
        </Link>
      </div>
      {classes.length === 0 ? (
        <p className="text-slate-600">No classes yet. Create one, then share its code with your learners.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Link
                href={`/classes/${c.id}`}
                className="block min-h-11 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500"
              >
                <span className="flex items-center gap-2">
                  <span className="font-semibold">{c.name}</span>
                  {c.archivedAt ? <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">Archived</span> : null}
                </span>
                <span className="mt-1 block text-sm text-slate-600">
                  Code <span className="font-mono font-semibold tracking-wider">{c.joinCode}</span> · {c.learners}{" "}
                  {c.learners === 1 ? "learner" : "learners"} · {c.assignments} {c.assignments === 1 ? "deck" : "decks"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <CreateClassForm />
    </div>
  );
}
