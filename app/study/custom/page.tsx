import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { inputClass, primaryButton } from "@/components/ui/button-classes";
import { FACT_KIND_LABELS, FACT_KINDS } from "@/lib/classes/fact-kinds";
import { OWN_DECK_TITLE, ownDeckId } from "@/lib/own-cards/own-store";
import { getAssignedDecksForLearner } from "@/lib/server/assignments";
import { countOwnCards } from "@/lib/server/own-cards";
import { getCurrentUser } from "@/lib/server/session";
import { CUSTOM_STUDY_DAYS } from "@/lib/srs/custom-study-params";
import { MORE_QUESTIONS_PARAM, MORE_QUESTIONS_VALUE } from "@/lib/study/free-study-questions";

export const metadata: Metadata = { title: "Custom study" };
export const dynamic = "force-dynamic";

/**
 * Custom study: a session of the learner's choosing (Anki's "Custom study session"). Each kind is a plain form that
 * opens /study with its parameters; answers there are ordinary reviews (lib/srs/custom-study.ts says why).
 */
export default async function CustomStudyPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const { deck } = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/study/custom")}`);
  const [decks, ownCards] = await Promise.all([getAssignedDecksForLearner(user.id, new Date()), countOwnCards(user.id)]);
  const seen = new Set<string>();
  const deckOptions = decks.filter((d) => !seen.has(d.deckId) && seen.add(d.deckId)).map((d) => ({ deckId: d.deckId, deckTitle: d.deckTitle }));
  if (ownCards > 0) deckOptions.push({ deckId: ownDeckId(user.id), deckTitle: OWN_DECK_TITLE });

  const deckField = (id: string) => (
    <label className="block">
      <span className="mb-1 block text-sm font-medium">From</span>
      <select id={id} name="deck" defaultValue={deck ?? ""} className={inputClass}>
        <option value="">All content</option>
        {deckOptions.map((d) => (
          <option key={d.deckId} value={d.deckId}>
            {d.deckTitle}
          </option>
        ))}
      </select>
    </label>
  );
  const daysField = (label: string, fallback: number) => (
    <label className="block">
      <span className="mb-1 block text-sm font-medium">{label}</span>
      <select name="days" defaultValue={String(fallback)} className={inputClass}>
        {CUSTOM_STUDY_DAYS.map((d) => (
          <option key={d} value={d}>
            {d === 1 ? "1 day" : `${d} days`}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Custom study</h1>
        <p className="text-slate-600">
          Study something of your choosing. Your answers count as usual: a card reviewed before it is due is rescheduled from that review, and
          gains less than one reviewed on time.
        </p>
      </div>
      <CustomForm title="My misses" description="Cards you answered wrong recently, even if you got them right since." action="Study my misses">
        <input type="hidden" name="focus" value="misses" />
        {daysField("Missed in the last", 7)}
        {deckField("misses-deck")}
      </CustomForm>
      <CustomForm title="One kind of fact" description="Only questions about dates, people or another kind: the ones due first, then new ones." action="Study this kind">
        <input type="hidden" name="focus" value="kind" />
        <label className="block">
          <span className="mb-1 block text-sm font-medium">Kind of fact</span>
          <select name="kind" defaultValue="date" className={inputClass}>
            {FACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {FACT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {deckField("kind-deck")}
        <label className="flex min-h-11 items-start gap-3 text-sm">
          <input type="checkbox" name={MORE_QUESTIONS_PARAM} value={MORE_QUESTIONS_VALUE} className="mt-0.5 size-5 shrink-0" />
          <span className="min-w-0">
            <span className="block font-medium">Include more questions</span>
            <span className="block text-xs text-slate-500">From All content, also questions on less central facts. A deck keeps the questions it has.</span>
          </span>
        </label>
      </CustomForm>
      <CustomForm title="Ahead of schedule" description="Before a test: cards that are not due yet, the soonest due first." action="Review ahead">
        <input type="hidden" name="focus" value="ahead" />
        {daysField("Due in the next", 7)}
        {deckField("ahead-deck")}
      </CustomForm>
    </div>
  );
}

function CustomForm({ title, description, action, children }: { title: string; description: string; action: string; children: ReactNode }) {
  const id = `custom-${action.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{description}</p>
      <form action="/study" method="get" className="space-y-3">
        {children}
        <button type="submit" className={`${primaryButton} w-full sm:w-auto`}>
          {action}
        </button>
      </form>
    </section>
  );
}
