import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { describeWait } from "@/lib/auth/sign-in-throttle";
import { describeMalformedJoinCode, generateJoinCode, JOIN_ADDRESS_RULE, JOIN_ATTEMPT_RULE, normalizeJoinCode } from "@/lib/classes/join-code";
import { getDb, type Db, type Tx } from "./db";
import { ACTIVE_DECK_ITEM } from "./decks";
import { isUniqueViolation, NotFoundError, UserFacingError } from "./errors";
import { reserveAttempt, settleFailure, settleSuccess, type ThrottleReservation } from "./throttle";

export const ClassIdSchema = z.object({ classId: z.string().min(1).max(64) });
export const CreateClassSchema = z.object({
  name: z.string().trim().min(1, "Give the class a name.").max(100, "Keep the class name under 100 characters."),
});
export const JoinClassSchema = z.object({ code: z.string().max(20, "That code is too long. Check it and try again.") });
export const RemoveLearnerSchema = ClassIdSchema.extend({ userId: z.string().min(1).max(64) });
export const RenameClassSchema = ClassIdSchema.extend({ name: CreateClassSchema.shape.name });

export interface InstructorClassSummary {
  id: string;
  name: string;
  joinCode: string;
  archivedAt: Date | null;
  learners: number;
  assignments: number;
}

export interface InstructorClassDetail {
  id: string;
  name: string;
  joinCode: string;
  archivedAt: Date | null;
  learners: { userId: string; name: string; email: string; joinedAt: Date }[];
  removedLearners: { userId: string; name: string; email: string; removedAt: Date }[];
  assignments: { id: string; deckId: string; deckTitle: string; dueAt: Date | null; deckItems: number }[];
}

export interface LearnerClassSummary {
  id: string;
  name: string;
  instructorName: string;
}

const ACTIVE_MEMBER = { removedAt: null } as const;

export async function createClass(instructorId: string, input: z.infer<typeof CreateClassSchema>, db: Db = getDb()) {
  const { name } = CreateClassSchema.parse(input);
  // A clash among 25^6 codes is rare; retry a few times rather than check first and race.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.class.create({
        data: { name, instructorId, joinCode: generateJoinCode((size) => randomBytes(size)) },
        select: { id: true, name: true, joinCode: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("could not find a free join code");
}

export async function listInstructorClasses(instructorId: string, db: Db = getDb()): Promise<InstructorClassSummary[]> {
  const rows = await db.class.findMany({
    where: { instructorId },
    orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      _count: { select: { memberships: { where: ACTIVE_MEMBER }, assignments: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, learners: _count.memberships, assignments: _count.assignments }));
}

/** The class if this instructor owns it; anyone else's class is "not found", like a missing one. */
export async function getInstructorClass(instructorId: string, classId: string, db: Db = getDb()): Promise<InstructorClassDetail> {
  const row = await db.class.findFirst({
    where: { id: classId, instructorId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      memberships: {
        orderBy: { joinedAt: "asc" },
        select: { joinedAt: true, removedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      assignments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, dueAt: true, deck: { select: { id: true, title: true, _count: { select: { items: { where: ACTIVE_DECK_ITEM } } } } } },
      },
    },
  });
  if (!row) throw new NotFoundError("That class");
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    archivedAt: row.archivedAt,
    learners: row.memberships
      .filter((m) => m.removedAt === null)
      .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt })),
    removedLearners: row.memberships.flatMap((m) =>
      m.removedAt ? [{ userId: m.user.id, name: m.user.name, email: m.user.email, removedAt: m.removedAt }] : [],
    ),
    assignments: row.assignments.map((a) => ({ id: a.id, deckId: a.deck.id, deckTitle: a.deck.title, dueAt: a.dueAt, deckItems: a.deck._count.items })),
  };
}

/** Loads a class this instructor owns and may still change: archived classes are read-only. */
export async function requireWritableClass(instructorId: string, classId: string, db: Db | Tx = getDb()) {
  const row = await db.class.findFirst({ where: { id: classId, instructorId }, select: { id: true, archivedAt: true } });
  if (!row) throw new NotFoundError("That class");
  if (row.archivedAt) throw new UserFacingError("This class is archived, so it can no longer be changed.", "conflict");
  return row;
}

export async function archiveClass(instructorId: string, classId: string, now: Date, db: Db = getDb()): Promise<{ id: string }> {
  await requireWritableClass(instructorId, classId, db);
  await db.class.updateMany({ where: { id: classId, instructorId, archivedAt: null }, data: { archivedAt: now } });
  return { id: classId };
}

export async function renameClass(instructorId: string, input: z.input<typeof RenameClassSchema>, db: Db = getDb()): Promise<{ id: string; name: string }> {
  const { classId, name } = RenameClassSchema.parse(input);
  await requireWritableClass(instructorId, classId, db);
  const { count } = await db.class.updateMany({ where: { id: classId, instructorId, archivedAt: null }, data: { name } });
  if (count === 0) throw new NotFoundError("That class");
  return { id: classId, name };
}

/** What deleting a class does, as the confirmation says it. */
export const DELETE_CLASS_CONSEQUENCES =
  "The class, its join code, its list of learners and its assignments go for good. Learners keep their cards and review history, and your decks stay. To keep a record instead, archive the class.";

/**
 * Deletes one of this instructor's classes (archived or not) with its memberships and assignments. Cards and reviews
 * belong to learners and items, not classes, so nothing a learner answered is lost.
 */
export async function deleteClass(instructorId: string, classId: string, db: Db = getDb()): Promise<{ id: string }> {
  const { count } = await db.class.deleteMany({ where: { id: classId, instructorId } });
  if (count === 0) throw new NotFoundError("That class");
  return { id: classId };
}

export async function removeLearner(instructorId: string, classId: string, userId: string, now: Date, db: Db = getDb()): Promise<{ userId: string }> {
  await requireWritableClass(instructorId, classId, db);
  const { count } = await db.membership.updateMany({ where: { classId, userId, removedAt: null }, data: { removedAt: now } });
  if (count === 0) throw new NotFoundError("That learner");
  return { userId };
}

/** Lets a removed learner back into the class; they cannot rejoin with the code on their own. */
export async function restoreLearner(instructorId: string, classId: string, userId: string, db: Db = getDb()): Promise<{ userId: string }> {
  await requireWritableClass(instructorId, classId, db);
  const { count } = await db.membership.updateMany({ where: { classId, userId, removedAt: { not: null } }, data: { removedAt: null } });
  if (count === 0) throw new NotFoundError("That learner");
  return { userId };
}

/** What an invite link shows before the learner joins: only the class and instructor names. */
export async function getClassInvite(
  { userId, address }: JoinAttempt,
  code: string,
  now: Date,
  db: Db = getDb(),
): Promise<ClassInvite> {
  const normalized = normalizeJoinCode(code);
  if (!normalized) throw new NotFoundError("A class with that code");
  const reservation = await reserveJoinAttempt(db, { userId, address }, now);
  const row = await db.class.findFirst({
    where: { joinCode: normalized, archivedAt: null },
    select: { name: true, instructor: { select: { name: true } }, memberships: { where: { userId }, select: { removedAt: true } } },
  });
  if (!row) {
    await settleFailure(db, reservation, now);
    throw new NotFoundError("A class with that code");
  }
  await settleSuccess(db, reservation);
  const membership = row.memberships[0];
  const standing = !membership ? "outside" : membership.removedAt ? "removed" : "member";
  return { code: normalized, name: row.name, instructorName: row.instructor.name, standing };
}

/** What an invite link shows: the class, and where the signed-in learner already stands with it. */
export interface ClassInvite {
  code: string;
  name: string;
  instructorName: string;
  standing: "outside" | "member" | "removed";
}

/** Who tries a join code: the learner, and the network address the request came from (null when unknown). */
export interface JoinAttempt {
  userId: string;
  address: string | null;
}

// Wrong codes are counted in the database (the sign-in counters' table) per learner, key
// "join:<id>", and per address, key "join-address:<ip>", so fresh accounts do not get fresh
// tries and the limit holds across app instances. Malformed codes are typos, not guesses, and are not counted.
const joinThrottleKeys = ({ userId, address }: JoinAttempt) => [
  { key: `join:${userId}`, rule: JOIN_ATTEMPT_RULE },
  ...(address ? [{ key: `join-address:${address}`, rule: JOIN_ADDRESS_RULE }] : []),
];

/** Counts a try before the code is looked up, so a burst of guesses cannot all pass the limit; refuses while waiting. */
async function reserveJoinAttempt(db: Db, who: JoinAttempt, now: Date): Promise<ThrottleReservation> {
  const reservation = await reserveAttempt(db, joinThrottleKeys(who), now);
  if ("waitMs" in reservation) {
    throw new UserFacingError(`Too many wrong codes. Check the code with your instructor and try again in ${describeWait(reservation.waitMs)}.`, "throttled");
  }
  return reservation;
}

/** Joins the class with this code; joining twice is harmless. A learner removed by the instructor cannot rejoin alone. */
export async function joinClass(who: JoinAttempt, code: string, now: Date = new Date(), db: Db = getDb()): Promise<{ classId: string; name: string }> {
  const { userId } = who;
  const normalized = normalizeJoinCode(code);
  if (!normalized) throw new UserFacingError(describeMalformedJoinCode(code) ?? "That is not a join code. Check it and try again.");
  const reservation = await reserveJoinAttempt(db, who, now);
  const row = await db.class.findFirst({ where: { joinCode: normalized, archivedAt: null }, select: { id: true, name: true, instructorId: true } });
  if (!row) {
    await settleFailure(db, reservation, now);
    throw new UserFacingError("No open class has that code. Check it with your instructor.", "not_found");
  }
  await settleSuccess(db, reservation);
  if (row.instructorId === userId) throw new UserFacingError("You teach this class, so you cannot join it as a learner.", "conflict");
  const existing = await db.membership.findUnique({ where: { classId_userId: { classId: row.id, userId } }, select: { removedAt: true } });
  if (existing?.removedAt) {
    throw new UserFacingError("Your instructor removed you from this class. Ask them to add you back.", "conflict");
  }
  if (!existing) {
    try {
      await db.membership.create({ data: { classId: row.id, userId } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // a double tap joined already
    }
  }
  return { classId: row.id, name: row.name };
}

/** The open classes this learner belongs to; archived classes are hidden. */
export async function listLearnerClasses(userId: string, db: Db = getDb()): Promise<LearnerClassSummary[]> {
  const rows = await db.membership.findMany({
    where: { userId, removedAt: null, class: { archivedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: { class: { select: { id: true, name: true, instructor: { select: { name: true } } } } },
  });
  return rows.map(({ class: c }) => ({ id: c.id, name: c.name, instructorName: c.instructor.name }));
}
