import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isRole } from "@/lib/auth/permissions";
import { toSafeCallbackPath } from "@/lib/auth/safe-callback-path";
import { UserFacingError } from "./errors";
import { verifyCredentials } from "./users";

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await verifyCredentials(
            { email: credentials?.email, password: credentials?.password },
            clientAddress(req?.headers),
            new Date(),
          );
          return { id: user.id, email: user.email, name: user.name, role: user.role };
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
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: unknown }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        Object.assign(session.user, { id: token.uid, role: isRole(token.role) ? token.role : "learner" });
      }
      return session;
    },
  },
};
