import Link from "next/link";
import type { CustomStudy } from "@/lib/srs/custom-study-params";
import { freeStudyAddress } from "@/lib/study/free-study-questions";

/**
 * Free study's choice of questions: core ones by default, or the "more questions" on less central facts too. A link
 * to the same session's address with the other choice, so it works before the page's script has loaded.
 */
export function MoreQuestionsOption({ allQuestions, more, custom }: { allQuestions: boolean; more: boolean; custom: CustomStudy | null }) {
  const other = freeStudyAddress({ more, custom }, !allQuestions);
  return (
    <p className="text-sm text-slate-600" data-testid="more-questions-option">
      {allQuestions ? "Including questions on less central facts. " : "Core questions only. "}
      <Link href={other} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline sm:min-h-0">
        {allQuestions ? "Core questions only" : "Include more questions"}
      </Link>
    </p>
  );
}
