import { describe, expect, it } from "vitest";
import { nextThemePreference, parseThemePreference, resolveTheme, THEME_BOOT_SCRIPT, THEME_STORAGE_KEY } from "@/lib/theme/theme-preference";

describe("theme preference", () => {
  it("follows the system unless the learner chose light or dark", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
    expect(parseThemePreference(null)).toBe("system");
    expect(parseThemePreference("sepia")).toBe("system");
    expect(parseThemePreference("dark")).toBe("dark");
  });

  it("steps Auto, Light, Dark and back", () => {
    expect([nextThemePreference("system"), nextThemePreference("light"), nextThemePreference("dark")]).toEqual(["light", "dark", "system"]);
  });
});

describe("the boot script", () => {
  /** Runs the inline script against a stand-in page: what class does <html> get? */
  function boot(stored: string | null, systemDark: boolean, storageThrows = false): boolean {
    const classes = new Set<string>();
    const document = { documentElement: { classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) } } };
    const localStorage = {
      getItem: (key: string) => {
        if (storageThrows) throw new Error("blocked");
        return key === THEME_STORAGE_KEY ? stored : null;
      },
    };
    const matchMedia = (query: string) => ({ matches: query === "(prefers-color-scheme: dark)" && systemDark });
    new Function("document", "localStorage", "matchMedia", THEME_BOOT_SCRIPT)(document, localStorage, matchMedia);
    return classes.has("dark");
  }

  it("sets dark from the stored choice or else the system", () => {
    expect(boot(null, true)).toBe(true);
    expect(boot(null, false)).toBe(false);
    expect(boot("light", true)).toBe(false);
    expect(boot("dark", false)).toBe(true);
    expect(boot("system", true)).toBe(true);
  });

  it("follows the system when storage is blocked", () => {
    expect(boot("light", true, true)).toBe(true);
    expect(boot("dark", false, true)).toBe(false);
  });
});
