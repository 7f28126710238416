import "server-only";
import type { z } from "zod";
import { EMAIL_CHANGE_LIFETIME_MS, emailChangeConfirmation, emailChangedNotice, emailChangeLink } from "@/lib/account/account-emails";
import { ChangeEmailSchema, ConfirmEmailChangeSchema, DeleteAccountSchema } from "@/lib/auth/credentials";
import { describeWait, EMAIL_CHANGE_RULE } from "@/lib/auth/sign-in-throttle";
import { withSafeText } from "@/lib/validation/safe-text";
import { ownCardsSlug } from "@/lib/own-cards/own-store";
import { confirmPassword } from "./confirm-password";
import { getDb, type Db } from "./db";
import { isUniqueViolation, UserFacingError } from "./errors";
import { hashLinkToken, newLinkToken } from "./link-token";
import { getMailer, type Mailer } from "./mailer";
import { countOwnCards } from "./own-cards";
import { reserveAttempt, settleFailure } from "./throttle";

const SafeChangeEmailSchema = withSafeText(ChangeEmailSchema);
const SafeDeleteAccountSchema = withSafeText(DeleteAccountSchema);

export const INVALID_EMAIL_CHANGE_LINK = "This confirmation link has expired, was already used or was replaced by a newer one. Ask for a new one in Settings.";
const EMAIL_TAKEN = "Another account already uses that email. Choose a different one.";

/**
 * Asks to change the account's email, after the password is confirmed. The email is trimmed and lower-cased (as
 * at sign-up and sign-in) and must be free; a taken one is named as taken, so requests are limited per account.
 * Nothing changes yet: a link goes to the new address (in `delivery`, which the caller lets finish after
 * answering), and the address changes when it is opened (confirmEmailChange). Only the newest link works.
 */
export async function requestEmailChange(
  userId: string,
  input: z.input<typeof ChangeEmailSchema>,
  { appUrl, now, db = getDb(), mailer = getMailer() }: { appUrl: string; now: Date; db?: Db; mailer?: Mailer },
): Promise<{ pendingEmail: string; delivery: Promise<void> }> {
  const { newEmail, password } = SafeChangeEmailSchema.parse(input);
  const account = await confirmPassword(db, userId, password, now);
  if (account.email === newEmail) throw new UserFacingError("That is already your email address.");

  const reservation = await reserveAttempt(db, [{ key: `email-change:${userId}`, rule: EMAIL_CHANGE_RULE }], now);
  if ("waitMs" in reservation) throw new UserFacingError(`Too many email changes. Try again in ${describeWait(reservation.waitMs)}.`, "throttled");
  await settleFailure(db, reservation, now); // every request counts, sent or refused

  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) throw new UserFacingError(EMAIL_TAKEN, "conflict");
  const token = newLinkToken();
  await db.$transaction([
    db.emailChange.deleteMany({ where: { userId } }),
    db.emailChange.create({ data: { tokenHash: hashLinkToken(token), userId, newEmail, expiresAt: new Date(now.getTime() + EMAIL_CHANGE_LIFETIME_MS) }, select: { id: true } }),
  ]);
  const message = emailChangeConfirmation({ name: account.name, newEmail, link: emailChangeLink(appUrl, token) });
  const delivery = mailer.send({ to: newEmail, ...message }).catch((error: unknown) => {
    console.error("could not send an email-change confirmation", error);
  });
  return { pendingEmail: newEmail, delivery };
}

/** The address a confirmation link would change to, while the link can still be used. */
export async function findUsableEmailChange(token: string, now: Date, db: Db = getDb()): Promise<{ newEmail: string } | null> {
  if (!ConfirmEmailChangeSchema.safeParse({ token }).success) return null;
  const row = await db.emailChange.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { newEmail: true, usedAt: true, expiresAt: true } });
  return row && row.usedAt === null && row.expiresAt > now ? { newEmail: row.newEmail } : null;
}

/** The change waiting for its link, for the settings page to say so. */
export async function getPendingEmailChange(userId: string, now: Date, db: Db = getDb()): Promise<{ newEmail: string; expiresAt: Date } | null> {
  return db.emailChange.findFirst({ where: { userId, usedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" }, select: { newEmail: true, expiresAt: true } });
}

/**
 * Changes the email through the link sent to the new address: whoever opens it has shown they read that mailbox,
 * and the password was checked when it was asked for. The link is claimed by a conditional update, so two opens
 * racing change it once. Reset links sent to the old address stop working, and the old address is told (`notice`).
 * Sessions carry the email as a claim refreshed from the database on every request, so they show it at once.
 */
export async function confirmEmailChange(
  input: z.input<typeof ConfirmEmailChangeSchema>,
  now: Date,
  { db = getDb(), mailer = getMailer() }: { db?: Db; mailer?: Mailer } = {},
): Promise<{ email: string; notice: Promise<void> }> {
  const { token } = ConfirmEmailChangeSchema.parse(input);
  const tokenHash = hashLinkToken(token);
  let changed: { oldEmail: string; newEmail: string; name: string };
  try {
    changed = await db.$transaction(async (tx) => {
      const claimed = await tx.emailChange.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (claimed.count !== 1) throw new UserFacingError(INVALID_EMAIL_CHANGE_LINK, "not_found");
      const { userId, newEmail } = await tx.emailChange.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, newEmail: true } });
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
      await tx.user.update({ where: { id: userId }, data: { email: newEmail }, select: { id: true } });
      await tx.passwordReset.deleteMany({ where: { userId } });
      await tx.emailChange.deleteMany({ where: { userId, usedAt: null } });
      return { oldEmail: before.email, newEmail, name: before.name };
    });
  } catch (error) {
    // Free when asked for, taken since: the link stays unused (the transaction rolled back) but cannot work.
    if (isUniqueViolation(error)) throw new UserFacingError(EMAIL_TAKEN, "conflict");
    throw error;
  }
  const notice = mailer.send({ to: changed.oldEmail, ...emailChangedNotice({ name: changed.name, newEmail: changed.newEmail }) }).catch((error: unknown) => {
    console.error("could not send the email-changed notice", error);
  });
  return { email: changed.newEmail, notice };
}

export interface AccountDeletionSummary {
  cards: number;
  reviews: number;
  classes: number;
  /** learners (not counting removed ones) in those classes */
  classLearners: number;
  decks: number;
  articles: number;
  /** cards the learner wrote ("My cards"); their personal deck and its store are not counted as decks or articles */
  ownCards: number;
}

/** What deleting this account takes with it, for the confirmation. */
export async function getAccountDeletionSummary(userId: string, db: Db = getDb()): Promise<AccountDeletionSummary> {
  const [cards, reviews, classes, classLearners, decks, articles, ownCards] = await Promise.all([
    db.card.count({ where: { userId } }),
    db.reviewLog.count({ where: { userId } }),
    db.class.count({ where: { instructorId: userId } }),
    db.membership.count({ where: { class: { instructorId: userId }, removedAt: null } }),
    db.deck.count({ where: { ownerId: userId, personal: false } }),
    db.article.count({ where: { ownerId: userId, slug: { not: ownCardsSlug(userId) } } }),
    countOwnCards(userId, db),
  ]);
  return { cards, reviews, classes, classLearners, decks, articles, ownCards };
}

/**
 * Deletes the account and everything that is its own, in one transaction, after the password and the typed
 * confirmation are checked. The schema's cascades take the cards, review log, daily counts, memberships,
 * sign-in addresses, invites, reset links and the classes it teaches (with their memberships and assignments).
 * A learner's own cards are an owned article and deck (lib/server/own-cards.ts), so they go with those below.
 *
 * An instructor's decks and uploaded articles go too, explicitly: their relations would only unset the owner,
 * which would turn private articles into shared library ones and leave decks nobody can manage. Deleting an
 * article deletes its questions and so other learners' cards and answers on them; those learners' daily counts
 * are marked for a recount from what remains of their log. Its sign-in counters (keyed by email and id) go as well.
 */
export async function deleteAccount(userId: string, input: z.input<typeof DeleteAccountSchema>, now: Date, db: Db = getDb()): Promise<void> {
  const { password } = SafeDeleteAccountSchema.parse(input);
  const { email } = await confirmPassword(db, userId, password, now);
  await db.$transaction(
    async (tx) => {
      const articles = await tx.article.findMany({ where: { ownerId: userId }, select: { id: true } });
      const articleIds = articles.map((a) => a.id);
      if (articleIds.length > 0) {
        await tx.user.updateMany({
          where: { id: { not: userId }, reviews: { some: { item: { articleId: { in: articleIds } } } } },
          data: { reviewDaysStale: true },
        });
        await tx.article.deleteMany({ where: { id: { in: articleIds } } });
      }
      await tx.deck.deleteMany({ where: { ownerId: userId } });
      const { count } = await tx.user.deleteMany({ where: { id: userId } });
      if (count !== 1) throw new UserFacingError("Your session has ended. Sign in again to continue.", "unauthenticated");
      await tx.signInThrottle.deleteMany({
        where: {
          OR: [
            { key: { in: [`account:${email}`, `password-change:${userId}`, `email-change:${userId}`, `join:${userId}`, `password-reset:${email}`] } },
            { key: { startsWith: `account-address:${email}|` } },
          ],
        },
      });
    },
    { timeout: 60_000 },
  );
}
