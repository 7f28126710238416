import { z } from "zod";

// NORMAL in WAL mode never corrupts and loses no commit on an app crash, only on a power cut.
const SqliteSynchronousSchema = z
  .enum(["NORMAL", "FULL"], { error: "SQLITE_SYNCHRONOUS must be NORMAL (the default) or FULL (sync every commit to disk)" })
  .default("NORMAL");

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default("file:./.data/app.db"),
  SQLITE_SYNCHRONOUS: SqliteSynchronousSchema,
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is not set: start the app with `npm start`, which creates one, or set it yourself" })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
});

export type Env = z.infer<typeof EnvSchema>;

/** Validates the environment once; each missing or malformed variable gets its own message. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
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

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
