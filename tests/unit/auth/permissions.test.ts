import { describe, expect, it } from "vitest";
import { can, isRole, PERMISSIONS } from "@/lib/auth/permissions";

describe("permissions", () => {
  it("keeps instructor-only operations from learners", () => {
    for (const permission of ["class:manage", "deck:manage", "article:manage", "assignment:manage", "class-progress:read"] as const) {
      expect(can("learner", permission)).toBe(false);
      expect(can("instructor", permission)).toBe(true);
    }
  });

  it("lets both roles study and read their own progress", () => {
    for (const permission of ["study:read", "study:review", "progress:read-own"] as const) {
      expect(can("learner", permission)).toBe(true);
      expect(can("instructor", permission)).toBe(true);
    }
  });

  it("names only known roles in the table", () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(isRole(role)).toBe(true);
    expect(isRole("admin")).toBe(false);
  });
});
