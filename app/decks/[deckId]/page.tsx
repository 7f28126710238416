import type { Metadata } from "next";
import { backLink, secondaryButton } from "@/components/ui/button-classes";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignDeckForm } from "@/components/classes/assign-deck-form";
import { DeckItemList } from "@/components/decks/deck-item-list";
import { AddQuestionForm } from "@/components/decks/add-question-form";
import { DeleteDeckButton, RenameDeckForm } from "@/components/decks/deck-admin";
import { ItemFlagList } from "@/components/decks/item-flag-list";
import { MoreQuestions } from "@/components/decks/more-questions";
import { PublishDeckButton } from "@/components/decks/publish-deck-button";
import { DeckItemFilters, DeckItemPages } from "@/components/decks/deck-item-filters";
import { DeckItemQuerySchema, filterDeckItems } from "@/lib/classes/filter-deck-items";
import { formatDay } from "@/lib/classes/format";
import { listInstructorClasses } from "@/lib/server/classes";
import { DELETE_DECK_CONSEQUENCES } from "@/lib/server/deck-admin";
import { getInstructorDeck } from "@/lib/server/decks";
import { NotFoundError } from "@/lib/server/errors";
import { listDeckFlags } from "@/lib/server/item-flags";
import { listMoreQuestions } from "@/lib/server/more-questions";
import { requirePageUser } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Deck" };
export const dynamic = "force-dynamic";

export default async function DeckPage({ params, searchParams }: { params: Promise<{ deckId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { deckId } = await params;
  const query = DeckItemQuerySchema.parse(await searchParams);
  const user = await requirePageUser(`/decks/${deckId}`, "deck:manage");
  const deck = await getInstructorDeck(user.id, deckId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [flags, more] = await Promise.all([listDeckFlags(user.id, deck.id), listMoreQuestions(user.id, deck.id)]);
  const openClasses = (await listInstructorClasses(user.id)).filter((c) => !c.archivedAt && !deck.assignedClasses.some((a) => a.classId === c.id));
  const active = deck.items.filter((i) => i.status === "active").length;
  const shown = filterDeckItems(deck.items, query);
  const path = `/decks/${deck.id}`;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/decks" className={backLink}>
          All decks
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="mr-auto text-2xl font-bold">{deck.title}</h1>
          <span className={`rounded-full px-3 py-1 text-sm ${deck.publishedAt ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-700"}`} data-testid="deck-status">
            {deck.publishedAt ? `Published ${formatDay(deck.publishedAt, user.timeZone)}` : "Draft"}
          </span>
        </div>
        <p className="text-slate-600">
          {active} active {active === 1 ? "question" : "questions"}
          {deck.items.length > active ? `, ${deck.items.length - active} suspended` : ""}.
        </p>
        {deck.description ? <p className="whitespace-pre-line text-slate-700" data-testid="deck-description">{deck.description}</p> : null}
        <div className="flex flex-wrap items-start gap-2">
          <RenameDeckForm deckId={deck.id} title={deck.title} description={deck.description} />
          <a href={`/api/decks/${deck.id}/export`} download className={secondaryButton}>
            Download CSV
          </a>
          <a href={`/api/decks/${deck.id}/export?format=apkg`} download className={secondaryButton}>
            Download for Anki
          </a>
        </div>
      </div>

      {deck.publishedAt ? (
        <section className="space-y-3" aria-labelledby="assign-heading">
          <h2 id="assign-heading" className="text-lg font-semibold">
            Classes
          </h2>
          {deck.assignedClasses.length > 0 ? (
            <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
              {deck.assignedClasses.map((a) => (
                <li key={a.classId} className="flex items-center justify-between gap-3 p-4">
                  <Link href={`/classes/${a.classId}`} className="font-medium underline decoration-slate-300">
                    {a.className}
                  </Link>
                  <span className="text-sm text-slate-600">{a.dueAt ? `Due ${formatDay(a.dueAt, user.timeZone)}` : "No due date"}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">Not assigned to a class yet.</p>
          )}
          {openClasses.length > 0 ? (
            <AssignDeckForm classes={openClasses.map((c) => ({ id: c.id, name: c.name }))} decks={[{ id: deck.id, title: deck.title }]} />
          ) : deck.assignedClasses.length === 0 ? (
            <p className="text-sm text-slate-600">
              <Link href="/classes" className="font-medium text-brand-600 underline">Create a class</Link> to assign this deck.
            </p>
          ) : null}
        </section>
      ) : (
        <section className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-slate-700">Check the questions below, edit or suspend any that are off, then publish the deck so you can assign it.</p>
          <PublishDeckButton deckId={deck.id} />
        </section>
      )}

      {flags.length > 0 ? (
        <section className="space-y-3" aria-labelledby="flags-heading">
          <h2 id="flags-heading" className="text-lg font-semibold">
            Flagged by learners ({flags.length})
          </h2>
          <ItemFlagList flags={flags.map((f) => ({ ...f, flaggedOn: formatDay(f.flaggedAt, user.timeZone) }))} />
        </section>
      ) : null}

      <section className="space-y-3" aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <AddQuestionForm deckId={deck.id} />
        {deck.items.length > 0 ? <DeckItemFilters path={path} query={query} /> : null}
        <DeckItemList deckId={deck.id} items={shown.items} />
        <DeckItemPages path={path} query={query} total={shown.total} page={shown.page} pages={shown.pages} shown={shown.items.length} />
      </section>

      {more.length > 0 ? (
        <section className="space-y-3" aria-labelledby="more-heading">
          <h2 id="more-heading" className="text-lg font-semibold">
            More questions
          </h2>
          <p className="text-slate-600">Questions on these articles&apos; less central facts. Learners see them only once you add them.</p>
          <MoreQuestions deckId={deck.id} groups={more} />
        </section>
      ) : null}

      <section className="space-y-2 border-t border-slate-200 pt-6" aria-label="Delete deck">
        <DeleteDeckButton deckId={deck.id} consequences={DELETE_DECK_CONSEQUENCES} />
      </section>
    </div>
  );
}
