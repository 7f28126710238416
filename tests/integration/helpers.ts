import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/server/users";

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

export function createLearner(label = "learner") {
  return createUser({ name: `Test ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "learner" });
}

// A peer address no other test uses: sign-in, sign-up and reset limits count per address, and test
// files share one database, so a fixed address lets one file's failed tries throttle another's.
export const uniqueAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;

export const clientId = () => randomUUID().replaceAll("-", "");
