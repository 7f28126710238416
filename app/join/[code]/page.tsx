import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { getClassInvite } from "@/lib/server/classes";
import { NotFoundError, UserFacingError } from "@/lib/server/errors";
import { requirePageUser } from "@/lib/server/page-access";
import { getRequestClientAddress } from "@/lib/server/client-address";

export const metadata: Metadata = { title: "Join a class" };
export const dynamic = "force-dynamic";

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  // Signed-out learners sign in and come straight back here.
  const user = await requirePageUser(`/join/${encodeURIComponent(code)}`);
  const found = await getClassInvite({ userId: user.id, address: await getRequestClientAddress() }, code, new Date()).then(
    (invite) => ({ invite, refusal: null }),
    (error: unknown) => {
      if (error instanceof NotFoundError) return { invite: null, refusal: null };
      // too many wrong codes: say so and when to try again, as the code form does
      if (error instanceof UserFacingError) return { invite: null, refusal: error.message };
      throw error;
    },
  );
  const { invite, refusal } = found;

  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">Join a class</h1>
      {refusal ? (
        <p role="alert" className="rounded-xl bg-amber-50 p-4 text-amber-900">
          {refusal}
        </p>
      ) : !invite ? (
        <>
          <p className="rounded-xl bg-amber-50 p-4 text-amber-900">This invite link does not match an open class. Check the code with your instructor.</p>
          <Link href="/classes" className="font-medium text-brand-600 underline">
            Type a code instead
          </Link>
        </>
      ) : user.role !== "learner" ? (
        <p className="rounded-xl bg-slate-100 p-4 text-slate-700">
          This is an invite for learners to {invite.name}. You are signed in as an instructor, so there is nothing to join.
        </p>
      ) : invite.standing === "member" ? (
        <div className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
          <p>
            You are already in <span className="font-semibold">{invite.name}</span> with {invite.instructorName}.
          </p>
          <Link href="/" className="inline-flex min-h-11 items-center font-medium text-brand-600 underline">
            See its decks on your home page
          </Link>
        </div>
      ) : invite.standing === "removed" ? (
        <p className="rounded-xl bg-amber-50 p-4 text-amber-900">
          Your instructor removed you from {invite.name}. Ask them to add you back.
        </p>
      ) : (
        <div className="space-y-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
          <p>
            <span className="block text-xl font-semibold">{invite.name}</span>
            <span className="text-slate-600">with {invite.instructorName}</span>
          </p>
          <JoinClassForm code={invite.code} className={invite.name} />
        </div>
      )}
    </div>
  );
}
