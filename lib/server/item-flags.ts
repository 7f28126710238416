import "server-only";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { CloseFlagSchema, FlagInputSchema, flagWindowStart, mayFlagAgain, type FlagInput, type FlagReason } from "@/lib/flags/flag-rules";
import type { z } from "zod";
import { ownCardsSlug } from "@/lib/own-cards/own-store";
import { getDb, type Db } from "./db";
import { NotFoundError, UserFacingError } from "./errors";
import { requireStudiableItem } from "./study/studiable-item";

/** An open flag as the deck's owner sees it, with the question in the deck's wording. */
export interface DeckFlagView {
  id: string;
  itemId: string;
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
  return { flagged: true, seenByInstructor: input.deckId !== null };
}

/** The open flags on a deck the instructor owns, newest first; anything else is "not found". */
export async function listDeckFlags(instructorId: string, deckId: string, db: Db = getDb()): Promise<DeckFlagView[]> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ownerId: instructorId }, select: { id: true } });
  if (!deck) throw new NotFoundError("That deck");
  const flags = await db.itemFlag.findMany({
    where: { deckId, status: "open" },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      itemId: true,
      reason: true,
      comment: true,
      updatedAt: true,
      user: { select: { name: true } },
      item: { select: { prompt: true, answer: true, choices: true, deckItems: { where: { deckId }, select: { overrides: true } } } },
    },
  });
  return flags.map((flag) => {
    const shown = applyItemOverrides(flag.item, flag.item.deckItems[0]?.overrides);
    return {
      id: flag.id,
      itemId: flag.itemId,
      reason: flag.reason as FlagReason,
      comment: flag.comment,
      learnerName: flag.user.name,
      flaggedAt: flag.updatedAt,
      prompt: shown.prompt,
      answer: shown.answer,
    };
  });
}

/** Open flags per deck, for the decks the instructor owns among `deckIds` (the dashboard's count). */
export async function countOpenFlagsByDeck(instructorId: string, deckIds: string[], db: Db = getDb()): Promise<Map<string, number>> {
  if (deckIds.length === 0) return new Map();
  const groups = await db.itemFlag.groupBy({
    by: ["deckId"],
    where: { status: "open", deckId: { in: deckIds }, deck: { ownerId: instructorId } },
    _count: { _all: true },
  });
  return new Map(groups.flatMap((g) => (g.deckId ? [[g.deckId, g._count._all] as const] : [])));
}

/** The deck's owner closes a flag as resolved (the question was fixed) or dismissed. */
export async function closeFlag(instructorId: string, rawInput: z.input<typeof CloseFlagSchema>, now: Date, db: Db = getDb()): Promise<{ deckId: string }> {
  const input = CloseFlagSchema.parse(rawInput);
  const flag = await db.itemFlag.findFirst({ where: { id: input.flagId, deck: { ownerId: instructorId } }, select: { deckId: true } });
  if (!flag?.deckId) throw new NotFoundError("That flag");
  await db.itemFlag.updateMany({ where: { id: input.flagId, status: "open" }, data: { status: input.status, closedAt: now } });
  return { deckId: flag.deckId };
}
