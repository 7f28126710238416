import "server-only";
import type { Role } from "@/lib/auth/permissions";
import { getDb, type Db } from "./db";
import { hashPassword } from "./passwords";

export interface DemoAccount {
  role: Role;
  name: string;
  email: string;
  password: string;
}

/**
 * Makes sure the demo accounts exist with the given passwords. `resetPasswords` is for a data
 * folder that lost its record of them: the accounts are kept, with new passwords.
 */
export async function ensureDemoAccounts(accounts: DemoAccount[], resetPasswords: boolean, db: Db = getDb()): Promise<void> {
  for (const account of accounts) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing && !resetPasswords) continue;
    const passwordHash = await hashPassword(account.password);
    await db.user.upsert({
      where: { email: account.email },
      create: { email: account.email, name: account.name, role: account.role, passwordHash },
      // a new password ends the sessions made with the old one; the demo roles are kept
      update: { passwordHash, role: account.role, sessionVersion: { increment: 1 } },
    });
  }
}
