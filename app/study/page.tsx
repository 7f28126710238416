import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StudySession } from "@/components/study/study-session";
import { getCurrentUser } from "@/lib/server/session";
import { getStudyCards } from "@/lib/server/study";

export const metadata: Metadata = { title: "Study" };
export const dynamic = "force-dynamic";

export default async function StudyPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/study");
  // StudyCard carries no answer: what is rendered here is safe to send before the learner answers.
  const cards = await getStudyCards(user.id, new Date(), 20);
  return <StudySession initialCards={cards} />;
}
