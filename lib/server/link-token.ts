import "server-only";
import { createHash, randomBytes } from "node:crypto";

// The random tokens in emailed links (password reset, email confirmation): 32 bytes as URL-safe base64. Only
// their sha256 is stored, so a copy of the database holds no usable link.

export const newLinkToken = (): string => randomBytes(32).toString("base64url");

export const hashLinkToken = (token: string): string => createHash("sha256").update(token).digest("hex");
