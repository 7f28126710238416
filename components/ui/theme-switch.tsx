"use client";

import { useEffect, useSyncExternalStore } from "react";
import { nextThemePreference, parseThemePreference, resolveTheme, THEME_LABELS, THEME_STORAGE_KEY, type ThemePreference } from "@/lib/theme/theme-preference";

const DARK_QUERY = "(prefers-color-scheme: dark)";
const ICONS: Record<ThemePreference, string> = { system: "◐", light: "☀", dark: "☾" };

function readPreference(): ThemePreference {
  try {
    return parseThemePreference(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return "system";
  }
}

const CHANGED = "recall-theme-change";

function subscribe(onStoreChange: () => void): () => void {
  const onStorage = () => {
    applyTheme(readPreference());
    onStoreChange();
  };
  window.addEventListener(CHANGED, onStoreChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGED, onStoreChange);
    window.removeEventListener("storage", onStorage);
  };
}

function applyTheme(preference: ThemePreference) {
  document.documentElement.classList.toggle("dark", resolveTheme(preference, matchMedia(DARK_QUERY).matches) === "dark");
}

/**
 * Auto (the device's setting), Light or Dark, one press each; kept on this device. The page was already painted in
 * the right theme by the boot script (app/layout.tsx): this only changes it, and follows the system while on Auto.
 */
export function ThemeSwitch() {
  // Auto on the server and at hydration; then the stored choice (storage events keep other tabs in step).
  const preference = useSyncExternalStore(subscribe, readPreference, () => "system" as const);

  useEffect(() => {
    const media = matchMedia(DARK_QUERY);
    const onChange = () => applyTheme(readPreference());
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);

  function onClick() {
    const next = nextThemePreference(preference);
    try {
      if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage blocked: the page follows the system.
    }
    applyTheme(next);
    window.dispatchEvent(new Event(CHANGED));
  }

  return (
    <button
      type="button"
      onClick={onClick}
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-lg px-2 font-medium text-slate-600 hover:bg-slate-100"
      aria-label={`Theme: ${THEME_LABELS[preference]}. Change theme`}
      title="Theme: Auto follows your device"
      data-testid="theme-switch"
    >
      <span aria-hidden="true">{ICONS[preference]}</span>
      <span aria-hidden="true" className="hidden sm:inline">
        {THEME_LABELS[preference]}
      </span>
    </button>
  );
}
