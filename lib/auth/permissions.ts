// The one permission table: which role may do what. Every server action and route asks `can`
// through the action wrapper; ownership (whose card, whose class) is checked by scoping each
// query to the caller, in lib/server.
export type Role = "learner" | "instructor";

export const PERMISSIONS = {
  "study:read": ["learner", "instructor"],
  "study:review": ["learner", "instructor"],
  "item:flag": ["learner", "instructor"],
  /** write, edit and delete one's own cards (scoped to the caller in lib/server/own-cards.ts) */
  "cards:own": ["learner", "instructor"],
  "progress:read-own": ["learner", "instructor"],
  "settings:update-own": ["learner", "instructor"],
  "class:join": ["learner"],
  "class:manage": ["instructor"],
  "deck:manage": ["instructor"],
  "article:manage": ["instructor"],
  "assignment:manage": ["instructor"],
  "class-progress:read": ["instructor"],
  "assignment:read-own": ["learner"],
  "instructor:invite": ["instructor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return value === "learner" || value === "instructor";
}
