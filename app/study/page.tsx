import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { OfflineStudyProvider } from "@/components/offline/offline-study";
import { StudySession } from "@/components/study/study-session";
import { FreshOnHistoryVisit } from "@/components/ui/fresh-on-history-visit";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { NotFoundError } from "@/lib/server/errors";
import { getCurrentUser } from "@/lib/server/session";
import { getStudySession, StudyScopeSchema } from "@/lib/server/study";
import { readCustomStudyParams } from "@/lib/srs/custom-study-params";
import { includesMoreQuestions, MORE_QUESTIONS_PARAM } from "@/lib/study/free-study-questions";

export const metadata: Metadata = { title: "Study" };
export const dynamic = "force-dynamic";

type StudyParams = { deck?: string; more?: string; questions?: string; focus?: string; days?: string; kind?: string };

export default async function StudyPage({ searchParams }: { searchParams: Promise<StudyParams> }) {
  const params = await searchParams;
  // An empty deck field (the custom study form's "All content") is no deck.
  const deck = params.deck || undefined;
  const user = await getCurrentUser();
  const here = `/study${deck ? `?deck=${encodeURIComponent(deck)}` : ""}`;
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  const scope = StudyScopeSchema.safeParse({
    deckId: deck,
    more: params.more === "1",
    allQuestions: includesMoreQuestions(params[MORE_QUESTIONS_PARAM]),
    limit: 20,
    custom: readCustomStudyParams((name) => params[name as keyof StudyParams] ?? null),
  });
  if (!scope.success) redirect("/study/custom");
  // StudyCard carries no answer: what is rendered here is safe to send before the learner answers.
  const session = await getStudySession(user.id, scope.data, new Date()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // After Back or Forward the cards rendered earlier may be answered already: the page is asked for again.
  return (
    <FreshOnHistoryVisit renderId={randomUUID()} fallback={<PageSkeleton />}>
      <OfflineStudyProvider learnerId={user.id} deckId={deck ?? null} allQuestions={scope.data.allQuestions}>
        <StudySession initialCards={session.cards} mode={session.mode} deckId={deck ?? null} custom={scope.data.custom ?? null} allQuestions={scope.data.allQuestions} />
      </OfflineStudyProvider>
    </FreshOnHistoryVisit>
  );
}
