import { z } from "zod";

// How many reverse proxies in front of the app append to X-Forwarded-For. 0: the app is reached
// directly and the socket's peer is the client; a wrong value lets clients choose their address.
const TrustedProxyHopsSchema = z.coerce
  .number({ error: "TRUSTED_PROXY_HOPS must be a whole number of proxies (0 when nothing stands in front of the app)" })
  .int("TRUSTED_PROXY_HOPS must be a whole number of proxies")
  .min(0, "TRUSTED_PROXY_HOPS cannot be negative")
  .max(10, "TRUSTED_PROXY_HOPS above 10 is surely a mistake")
  .default(0);
// NORMAL in WAL mode never corrupts and loses no commit on an app crash, only on a power cut.
const SqliteSynchronousSchema = z
  .enum(["NORMAL", "FULL"], { error: "SQLITE_SYNCHRONOUS must be NORMAL (the default) or FULL (sync every commit to disk)" })
  .default("NORMAL");

// Connections one instance may hold open to PostgreSQL (pg's own default is 10). Several instances share the server's
// max_connections (100 by default), so instances x this must stay under it.
const PgPoolSizeSchema = z.coerce
  .number({ error: "DATABASE_POOL_SIZE must be a whole number of connections (10 when unset)" })
  .int("DATABASE_POOL_SIZE must be a whole number of connections")
  .min(1, "DATABASE_POOL_SIZE must be at least 1")
  .max(1000, "DATABASE_POOL_SIZE above 1000 is surely a mistake (PostgreSQL allows 100 connections by default)")
  .default(10);

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default("file:./.data/app.db"),
  SQLITE_SYNCHRONOUS: SqliteSynchronousSchema,
  DATABASE_POOL_SIZE: PgPoolSizeSchema,
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is not set: start the app with `npm start`, which creates one, or set it yourself" })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  TRUSTED_PROXY_HOPS: TrustedProxyHopsSchema,
});

export type Env = z.infer<typeof EnvSchema>;

/** The variables that are set to something: an empty value counts as unset. */
function present(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
}

/** Validates the environment once; each missing or malformed variable gets its own message. Empty values count as
 * unset (a `DATABASE_POOL_SIZE=` line in .env), as each variable's own reader below treats them. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(present(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** The SQLite sync level, read on its own since the database is opened before the rest is needed. */
export function readSqliteSynchronous(source: Record<string, string | undefined> = process.env): z.infer<typeof SqliteSynchronousSchema> {
  const parsed = SqliteSynchronousSchema.safeParse(source.SQLITE_SYNCHRONOUS || undefined);
  if (!parsed.success) throw new Error(`Invalid environment:\n- SQLITE_SYNCHRONOUS: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** PostgreSQL's pool size per instance, read on its own like the SQLite sync level; an empty value counts as unset. */
export function readPgPoolSize(source: Record<string, string | undefined> = process.env): number {
  const parsed = PgPoolSizeSchema.safeParse(source.DATABASE_POOL_SIZE || undefined);
  if (!parsed.success) throw new Error(`Invalid environment:\n- DATABASE_POOL_SIZE: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

let trustedProxyHops: number | undefined;

/** TRUSTED_PROXY_HOPS, checked on first use; a malformed value stops the request with a clear message. */
export function getTrustedProxyHops(source: Record<string, string | undefined> = process.env): number {
  if (trustedProxyHops !== undefined && source === process.env) return trustedProxyHops;
  const parsed = TrustedProxyHopsSchema.safeParse(source.TRUSTED_PROXY_HOPS || undefined);
  if (!parsed.success) throw new Error(`Invalid environment:\n- TRUSTED_PROXY_HOPS: ${parsed.error.issues[0]?.message}`);
  if (source === process.env) trustedProxyHops = parsed.data;
  return parsed.data;
}

// Mail (password reset links). With no SMTP_URL, messages are written as .eml files to the outbox folder.
const MailSettingsSchema = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465")
    .optional(),
  MAIL_FROM: z.string().min(3, "MAIL_FROM must be an address, such as Recall <no-reply@example.org>").default("Recall <no-reply@localhost>"),
  MAIL_OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
});

export interface MailSettings {
  /** null: write each message to `outboxDir` instead of sending it */
  smtpUrl: string | null;
  from: string;
  outboxDir: string;
}

/** The mail settings, each malformed one named; empty values count as unset. */
export function readMailSettings(source: Record<string, string | undefined> = process.env): MailSettings {
  const parsed = MailSettingsSchema.safeParse(present(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return { smtpUrl: parsed.data.SMTP_URL ?? null, from: parsed.data.MAIL_FROM, outboxDir: parsed.data.MAIL_OUTBOX_DIR };
}

/** The address links in emails point to: NEXTAUTH_URL (`npm start` sets it), never a request's Host header. */
export function readAppUrl(source: Record<string, string | undefined> = process.env): string {
  const raw = source.NEXTAUTH_URL;
  const parsed = z.url({ protocol: /^https?$/ }).safeParse(raw);
  if (!parsed.success) throw new Error("Invalid environment:\n- NEXTAUTH_URL: set it to the address people open the app at, such as https://recall.example.org");
  return parsed.data.replace(/\/+$/, "");
}
