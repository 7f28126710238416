import "server-only";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { CloseFlagSchema, FlagInputSchema, flagWindowStart, mayFlagAgain, type FlagInput, type FlagReason } from "@/lib/flags/flag-rules";
import type { z } from "zod";
import { ownCardsSlug } from "@/lib/own-cards/own-store";
import { getDb, type Db } from "./db";
import { NotFoundError, UserFacingError } from "./errors";
import { requireStudiableItem } from "./study/studiable-item";

/** An open flag as the deck's owner sees it, with the question in the wording the learner saw. */
export interface DeckFlagView {
  id: string;
  itemId: string;
  /** raised in free study (the generated wording), not in this deck */
  fromFreeStudy: boolean;
  reason: FlagReason;
  comment: string;
  learnerName: string;
  flaggedAt: Date;
  prompt: string;
  answer: string;
}

/**
 * A learner flags a question as wrong or unclear. Only an item they may study now (in that deck, or the shared
 * library) and have answered already: the flag form is shown with the feedback, so the answer was not revealed by
 * it. One flag per learner and item; sending again replaces its reason and reopens it. At most FLAGS_PER_DAY a day.
 */
export async function flagItem(userId: string, rawInput: FlagInput, now: Date, db: Db = getDb()): Promise<{ flagged: true; seenByInstructor: boolean }> {
  const input = FlagInputSchema.parse(rawInput);
  await requireStudiableItem(db, userId, input.itemId, input.deckId);
  if ((await db.item.count({ where: { id: input.itemId, article: { slug: ownCardsSlug(userId) } } })) > 0) {
    throw new UserFacingError("This is your own card: edit it in My cards instead.");
  }
  const answered = await db.reviewLog.count({ where: { userId, itemId: input.itemId, event: "review" } });
  if (answered === 0) throw new UserFacingError("Answer the question before flagging it.");
  const sent = await db.itemFlag.count({ where: { userId, updatedAt: { gte: flagWindowStart(now) } } });
  if (!mayFlagAgain(sent)) throw new UserFacingError("You have flagged many questions today. Try again tomorrow.", "throttled");
  const fields = { deckId: input.deckId, reason: input.reason, comment: input.comment, status: "open", closedAt: null, updatedAt: now };
  await db.itemFlag.upsert({
    where: { userId_itemId: { userId, itemId: input.itemId } },
    create: { userId, itemId: input.itemId, createdAt: now, ...fields },
    update: fields,
  });
  return { flagged: true, seenByInstructor: input.deckId !== null || (await db.item.count({ where: { id: input.itemId, ...reachesAnInstructor } })) > 0 };
}

// A flag raised in free study (no deck) goes to every instructor with the question in one of their decks: the people
// who can reword or suspend it where learners meet it. Free study holds only the shared library, whose articles have
// no uploader (they are imported from content/); an instructor's upload is studied in decks only.
const reachesAnInstructor = { deckItems: { some: { deck: { ownerId: { not: null }, personal: false } } } };

/** The open flags an instructor sees on one of their decks: raised in it, or in free study on a question it holds. */
const openFlagsOfDeck = (deckId: string) => ({ status: "open", OR: [{ deckId }, { deckId: null, item: { deckItems: { some: { deckId } } } }] });

/** The open flags on a deck the instructor owns, newest first; anything else is "not found". */
export async function listDeckFlags(instructorId: string, deckId: string, db: Db = getDb()): Promise<DeckFlagView[]> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ownerId: instructorId }, select: { id: true } });
  if (!deck) throw new NotFoundError("That deck");
  const flags = await db.itemFlag.findMany({
    where: openFlagsOfDeck(deckId),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      itemId: true,
      deckId: true,
      reason: true,
      comment: true,
      updatedAt: true,
      user: { select: { name: true } },
      item: { select: { prompt: true, answer: true, choices: true, deckItems: { where: { deckId }, select: { overrides: true } } } },
    },
  });
  return flags.map((flag) => {
    // Free study shows the generated wording, not the deck's.
    const shown = applyItemOverrides(flag.item, flag.deckId ? flag.item.deckItems[0]?.overrides : null);
    return {
      id: flag.id,
      itemId: flag.itemId,
      fromFreeStudy: flag.deckId === null,
      reason: flag.reason as FlagReason,
      comment: flag.comment,
      learnerName: flag.user.name,
      flaggedAt: flag.updatedAt,
      prompt: shown.prompt,
      answer: shown.answer,
    };
  });
}

/** Open flags per deck (see openFlagsOfDeck), for the decks the instructor owns among `deckIds` (the dashboard's count). */
export async function countOpenFlagsByDeck(instructorId: string, deckIds: string[], db: Db = getDb()): Promise<Map<string, number>> {
  if (deckIds.length === 0) return new Map();
  const freeStudyFlag = { deckId: null, status: "open" };
  const [groups, freeStudy] = await Promise.all([
    db.itemFlag.groupBy({
      by: ["deckId"],
      where: { status: "open", deckId: { in: deckIds }, deck: { ownerId: instructorId } },
      _count: { _all: true },
    }),
    db.deckItem.findMany({
      where: { deckId: { in: deckIds }, deck: { ownerId: instructorId }, item: { flags: { some: freeStudyFlag } } },
      select: { deckId: true, item: { select: { _count: { select: { flags: { where: freeStudyFlag } } } } } },
    }),
  ]);
  const counts = new Map(groups.flatMap((g) => (g.deckId ? [[g.deckId, g._count._all] as const] : [])));
  for (const row of freeStudy) counts.set(row.deckId, (counts.get(row.deckId) ?? 0) + row.item._count.flags);
  return counts;
}

/**
 * The deck's owner closes a flag as resolved (the question was fixed) or dismissed; a free-study flag, any instructor it
 * reached (closed for one, it is closed for all: the question was looked at).
 */
export async function closeFlag(instructorId: string, rawInput: z.input<typeof CloseFlagSchema>, now: Date, db: Db = getDb()): Promise<{ deckId: string | null }> {
  const input = CloseFlagSchema.parse(rawInput);
  const flag = await db.itemFlag.findFirst({
    where: {
      id: input.flagId,
      OR: [
        { deck: { ownerId: instructorId } },
        { deckId: null, item: { deckItems: { some: { deck: { ownerId: instructorId, personal: false } } } } },
      ],
    },
    select: { deckId: true },
  });
  if (!flag) throw new NotFoundError("That flag");
  await db.itemFlag.updateMany({ where: { id: input.flagId, status: "open" }, data: { status: input.status, closedAt: now } });
  return { deckId: flag.deckId };
}
