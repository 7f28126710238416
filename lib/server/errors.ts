import "server-only";
// Errors whose message is written for the person using the app. Anything else is an internal
// error: logged on the server, shown as a generic sentence.
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: "invalid" | "not_found" | "conflict" | "stale" | "throttled" | "unauthenticated" | "busy" = "invalid",
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

/** The error code, and for a raw statement's failure (P2010, "raw query failed") the driver error's kind behind it. */
function errorCodes(error: unknown): { code?: unknown; kind?: unknown } {
  if (typeof error !== "object" || error === null) return {};
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return { code, kind: code === "P2010" ? meta?.driverAdapterError?.cause?.kind : undefined };
}

export function isUniqueViolation(error: unknown): boolean {
  const { code, kind } = errorCodes(error);
  return code === "P2002" || kind === "UniqueConstraintViolation";
}

/** An update or delete found no row matching its condition. */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2025";
}

// P1008: SQLite stayed locked by another process past the busy timeout; P2028: a transaction could
// not start or finish in time; P2034: a write conflict or deadlock. Each is safe to send again. A raw
// statement reports the first and last as P2010 with the driver's kind of error.
const BUSY_CODES = new Set(["P1008", "P2028", "P2034"]);
const BUSY_KINDS = new Set(["SocketTimeout", "TransactionWriteConflict"]);

/** The database was too busy to answer in time: nothing was stored, and trying again may succeed. */
export function isDatabaseBusy(error: unknown): boolean {
  const { code, kind } = errorCodes(error);
  return BUSY_CODES.has(String(code)) || BUSY_KINDS.has(String(kind));
}

export function databaseBusyError(): UserFacingError {
  return new UserFacingError("The database is busy right now. Nothing was saved: try again in a moment.", "busy");
}
