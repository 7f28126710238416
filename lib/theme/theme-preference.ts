// The colour theme: the learner's choice ("system" follows the device), kept per device in localStorage, and
// applied before the first paint by a small inline script so no page flashes the wrong theme.

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type Theme = "light" | "dark";

export const THEME_STORAGE_KEY = "recall-theme";

export const THEME_LABELS: Record<ThemePreference, string> = { system: "Auto", light: "Light", dark: "Dark" };

/** A stored value read back: anything but "light" or "dark" (nothing stored, an old value) follows the system. */
export function parseThemePreference(stored: string | null | undefined): ThemePreference {
  return stored === "light" || stored === "dark" ? stored : "system";
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  return preference === "system" ? (systemPrefersDark ? "dark" : "light") : preference;
}

/** The switch steps Auto → Light → Dark → Auto. */
export function nextThemePreference(preference: ThemePreference): ThemePreference {
  return THEME_PREFERENCES[(THEME_PREFERENCES.indexOf(preference) + 1) % THEME_PREFERENCES.length]!;
}

/**
 * Run in <head> before the body is parsed: sets the `dark` class on <html> from the stored choice or the system's.
 * Self-contained (it cannot import), and silent if storage is blocked: the page then follows the system.
 */
export const THEME_BOOT_SCRIPT = `(function(){var d=matchMedia("(prefers-color-scheme: dark)").matches;try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="dark")d=true;else if(t==="light")d=false}catch(e){}document.documentElement.classList.toggle("dark",d)})()`;
