import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb, type Db, type Tx } from "./db";
import { UserFacingError } from "./errors";

// Instructor invite links: single use, a week long. Only the sha256 of the token is stored, so a
// leaked database copy holds no usable links.
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createInstructorInvite(instructorId: string, now: Date, db: Db = getDb()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
  await db.instructorInvite.create({ data: { tokenHash: hashToken(token), createdById: instructorId, expiresAt }, select: { id: true } });
  return { token, expiresAt };
}

const INVALID_INVITE = "This instructor invite link has expired or was already used. Ask for a new one, or sign up without it.";

/** Refuses an unknown, used or expired invite before any work is done for the sign-up. */
export async function checkInstructorInvite(token: string, now: Date, db: Db = getDb()): Promise<void> {
  const row = await db.instructorInvite.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  if (!row || row.usedAt || row.expiresAt <= now) throw new UserFacingError(INVALID_INVITE);
}

/** Marks the invite used inside the sign-up's transaction; two sign-ups racing for one link get one instructor. */
export async function claimInstructorInvite(tx: Tx, token: string, now: Date): Promise<void> {
  const claimed = await tx.instructorInvite.updateMany({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw new UserFacingError(INVALID_INVITE);
}
