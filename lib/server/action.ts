import "server-only";
import type { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { withSafeText } from "@/lib/validation/safe-text";
import { databaseBusyError, isDatabaseBusy, NotFoundError, UserFacingError } from "./errors";
import { requireUser } from "./session";
import type { SessionUser } from "./users";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code: UserFacingError["code"] | "internal" };

/**
 * The one wrapper every server action and JSON route goes through: it parses the input, loads the
 * session and checks the role's permission before the handler runs, and turns errors into a
 * typed result whose message is safe to show. A missing permission looks like "not found".
 * No string with NUL or a lone surrogate gets past it to the database.
 */
export function authorized<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  const safeSchema = withSafeText(schema);
  return async (input) => {
    try {
      const parsed = safeSchema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: parsed.error.issues[0]?.message ?? "That request was not valid.", code: "invalid" };
      }
      const user = await requireUser();
      if (!can(user.role, permission)) throw new NotFoundError();
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      return toErrorResult(error);
    }
  };
}

export function toErrorResult(error: unknown): { ok: false; error: string; code: UserFacingError["code"] | "internal" } {
  if (error instanceof UserFacingError) return { ok: false, error: error.message, code: error.code };
  if (isDatabaseBusy(error)) {
    console.warn(`database busy: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, error: databaseBusyError().message, code: "busy" };
  }
  console.error(error);
  return { ok: false, error: "Something went wrong on our side. Try again in a moment.", code: "internal" };
}
