import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { toSafeCallbackPath } from "@/lib/auth/safe-callback-path";
import { clientAddressFromHeaders } from "./client-address";
import { UserFacingError } from "./errors";
import { claimsForSignIn, logNextAuthError, refreshClaims, sessionUserFromClaims } from "./session-token";
import { verifyCredentials, type VerifiedUser } from "./users";

// Idle sessions end after a week; a session in use is renewed (a fresh cookie) at most daily by
// components/auth/session-renewal.tsx. Each request re-checks the token against the database.
export const SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;
export const SESSION_RENEW_AFTER_S = 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_RENEW_AFTER_S },
  pages: { signIn: "/sign-in" },
  logger: { error: logNextAuthError },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await verifyCredentials(
            { email: credentials?.email, password: credentials?.password },
            clientAddressFromHeaders((name) => headerValue(req?.headers, name)),
            new Date(),
          );
          return user;
        } catch (error) {
          // next-auth passes an thrown Error's message to the client as `error`.
          if (error instanceof UserFacingError) throw new Error(error.message, { cause: error });
          console.error("sign-in failed", error);
          throw new Error("Sign-in is unavailable right now. Try again in a moment.", { cause: error });
        }
      },
    }),
  ],
  callbacks: {
    // Every redirect next-auth makes (after sign-in or sign-out) stays on this site.
    redirect({ url, baseUrl }) {
      return new URL(toSafeCallbackPath(url, baseUrl), baseUrl).toString();
    },
    // Runs at sign-in (with `user`) and on every session read: a revoked token throws, and
    // next-auth answers "no session" and clears the cookie.
    async jwt({ token, user }) {
      if (user) return claimsForSignIn(token, user as VerifiedUser);
      return refreshClaims(token);
    },
    session({ session, token }) {
      const user = sessionUserFromClaims(token);
      return { ...session, user: user ?? undefined };
    },
  },
};

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === "string" ? value : null;
}
