import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/server/users";

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

export function createLearner(label = "learner") {
  return createUser({ name: `Test ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "learner" });
}

export const clientId = () => randomUUID().replaceAll("-", "");
