import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { SessionRenewal } from "@/components/auth/session-renewal";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { DesktopNavLinks, MobileTabBar } from "@/components/nav/nav-links";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker-registration";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { SESSION_RENEW_AFTER_S } from "@/lib/server/auth-options";
import { getCurrentUser } from "@/lib/server/session";
import { THEME_BOOT_SCRIPT } from "@/lib/theme/theme-preference";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Recall", template: "%s · Recall" },
  description: "Quiz items generated from articles, scheduled with FSRS.",
  // app/manifest.ts links itself; the icons below are for browsers and iOS, which ignores the manifest's.
  icons: { icon: [{ url: "/favicon.ico", sizes: "32x32" }, { url: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }], apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Recall", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2f6fde" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  // The proxy's per-request CSP nonce: the only inline script the policy lets run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The boot script sets the theme class on <html> before hydration: React is told not to mind.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-semibold text-brand-700 shadow focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-3xl items-center gap-1 px-4 py-2 text-sm">
            <Link href="/" className="mr-auto py-2 text-lg font-semibold text-brand-700">
              Recall
            </Link>
            <ThemeSwitch />
            {user ? (
              <>
                <nav aria-label="Main" className="hidden items-center gap-1 sm:flex">
                  <DesktopNavLinks />
                </nav>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link href="/sign-in" className="rounded-lg px-3 py-2 font-medium hover:bg-slate-100">
                  Sign in
                </Link>
                <Link href="/sign-up" className="rounded-lg bg-brand-500 px-3 py-2 font-medium text-white hover:bg-brand-600">
                  Sign up
                </Link>
              </>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1} className={`mx-auto outline-none max-w-3xl px-4 py-6 ${user ? "pb-24 sm:pb-6" : ""}`}>{children}</main>
        {user && <MobileTabBar />}
        {user && <SessionRenewal everyMs={SESSION_RENEW_AFTER_S * 1000} />}
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
