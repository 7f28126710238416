import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { OfflineStudyProvider } from "@/components/offline/offline-study";
import { StudySession } from "@/components/study/study-session";
import { FreshOnHistoryVisit } from "@/components/ui/fresh-on-history-visit";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { NotFoundError } from "@/lib/server/errors";
import { getCurrentUser } from "@/lib/server/session";
import { getStudySession } from "@/lib/server/study";

export const metadata: Metadata = { title: "Study" };
export const dynamic = "force-dynamic";

export default async function StudyPage({ searchParams }: { searchParams: Promise<{ deck?: string; more?: string }> }) {
  const { deck, more } = await searchParams;
  const user = await getCurrentUser();
  const here = `/study${deck ? `?deck=${encodeURIComponent(deck)}` : ""}`;
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  // StudyCard carries no answer: what is rendered here is safe to send before the learner answers.
  const session = await getStudySession(user.id, { deckId: deck, more: more === "1", limit: 20 }, new Date()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // After Back or Forward the cards rendered earlier may be answered already: the page is asked for again.
  return (
    <FreshOnHistoryVisit renderId={randomUUID()} fallback={<PageSkeleton />}>
      <OfflineStudyProvider learnerId={user.id} deckId={deck ?? null}>
        <StudySession initialCards={session.cards} mode={session.mode} deckId={deck ?? null} />
      </OfflineStudyProvider>
    </FreshOnHistoryVisit>
  );
}
