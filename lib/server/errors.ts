// Errors whose message is written for the person using the app. Anything else is an internal
// error: logged on the server, shown as a generic sentence.
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: "invalid" | "not_found" | "conflict" | "stale" | "throttled" | "unauthenticated" = "invalid",
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

export class NotFoundError extends UserFacingError {
  constructor(what = "That") {
    super(`${what} was not found.`, "not_found");
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
