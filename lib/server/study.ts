import "server-only";
// The study service: what a session shows, and every change a learner's answer makes.
export { getStudySession, StudyScopeSchema, type StudyScope, type StudySession } from "./study/get-study-session";
export { getStudySummary, type StudySummary } from "./study/get-study-summary";
export { recordAnswer, AnswerInputSchema, type AnswerInput } from "./study/record-answer";
export { changeGrade, ChangeGradeSchema, type ChangeGradeInput } from "./study/change-grade";
export { acceptAnswer, AcceptAnswerSchema, type AcceptAnswerInput } from "./study/accept-answer";
export { undoAnswer, UndoAnswerSchema, type UndoAnswerInput } from "./study/undo-answer";
export type { AnswerFeedback } from "./study/answer-feedback";
export type { StudyCard } from "./study/study-card";
