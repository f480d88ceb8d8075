import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { OIDCConfig } from "next-auth/providers";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { findActivePegawaiByNip } from "@/lib/services/context";
import { demoLoginEnabled, readEnv, ssoConfigured } from "@/lib/env";

declare module "next-auth" {
  interface Session {
    pegawaiId?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    pegawaiId?: string;
  }
}

type SsoProfile = Record<string, unknown> & { sub: string; name?: string; email?: string };

export const TIDAK_TERDAFTAR_PATH = "/tidak-terdaftar";

/**
 * Auth.js with JWT sessions. Agency SSO is a generic OpenID Connect provider configured only by
 * environment; a sign-in is matched to an active pegawai by the NIP claim, and an identity that
 * matches nobody is sent to "not registered" before any account is created.
 * A demo sign-in (choose a persona) exists only when KINERJA_DEMO_LOGIN=1.
 */
async function buildConfig(): Promise<NextAuthConfig> {
  const env = readEnv();
  const db = await getDb();
  const nipFromProfile = (profile: unknown) => {
    const raw = (profile as Record<string, unknown> | undefined)?.[env.AUTH_SSO_NIP_CLAIM];
    const nip = typeof raw === "string" || typeof raw === "number" ? String(raw).replace(/\s+/g, "") : "";
    return /^\d{18}$/.test(nip) ? nip : null;
  };

  const providers: NextAuthConfig["providers"] = [];
  if (ssoConfigured(env)) {
    const sso: OIDCConfig<SsoProfile> = {
      id: "sso",
      name: env.AUTH_SSO_NAME,
      type: "oidc",
      issuer: env.AUTH_SSO_ISSUER,
      clientId: env.AUTH_SSO_CLIENT_ID,
      clientSecret: env.AUTH_SSO_CLIENT_SECRET,
      checks: ["pkce", "state"],
      // Two first sign-ins of one person at once (two tabs, a retry) raced: the second found the
      // user the first had just created by e-mail, without the account link, and Auth.js refused it
      // (OAuthAccountNotLinked). Linking by e-mail grants nothing here: there is one agency IdP, and
      // who someone is comes from the NIP claim, checked on every sign-in.
      allowDangerousEmailAccountLinking: true,
      profile: (profile) => ({ id: profile.sub, name: profile.name ?? null, email: profile.email ?? null }),
    };
    providers.push(sso);
  }
  if (demoLoginEnabled(env)) {
    providers.push(
      Credentials({
        id: "demo",
        name: "Demo",
        credentials: { nip: { label: "NIP" } },
        async authorize(credentials) {
          const nip = String(credentials?.nip ?? "").replace(/\s+/g, "");
          const found = await findActivePegawaiByNip(db, nip);
          return found ? { id: found.id, name: found.nama, email: found.email } : null;
        },
      }),
    );
  }

  return {
    adapter: gandaAman(DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens })),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    trustHost: true,
    secret: env.AUTH_SECRET,
    pages: { signIn: "/masuk", error: "/masuk" },
    providers,
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "sso") return true;
        const nip = nipFromProfile(profile);
        const found = nip ? await findActivePegawaiByNip(db, nip) : null;
        return found ? true : TIDAK_TERDAFTAR_PATH;
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "demo" && user?.id) {
          token.pegawaiId = user.id;
        } else if (account?.provider === "sso") {
          const nip = nipFromProfile(profile);
          const found = nip ? await findActivePegawaiByNip(db, nip) : null;
          token.pegawaiId = found?.id;
          if (found && user?.id) {
            // one account row per pegawai: a new SSO identity for the same NIP takes the link over
            await db.transaction(async (tx) => {
              await tx.update(users).set({ pegawaiId: null }).where(and(eq(users.pegawaiId, found.id), ne(users.id, user.id!)));
              await tx.update(users).set({ pegawaiId: found.id }).where(eq(users.id, user.id!));
            });
          }
        }
        return token;
      },
      session({ session, token }) {
        session.pegawaiId = token.pegawaiId;
        return session;
      },
    },
  };
}

const isUniqueViolation = (error: unknown): boolean => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) if ((e as { code?: unknown }).code === "23505") return true;
  return false;
};

/**
 * Two first sign-ins of one person at the same moment both try to create the user and link the
 * account: the second write of each then finds the first one's row instead of failing.
 */
function gandaAman(adapter: Adapter): Adapter {
  return {
    ...adapter,
    async createUser(user) {
      try {
        return await adapter.createUser!(user);
      } catch (error) {
        const ada = isUniqueViolation(error) && user.email ? await adapter.getUserByEmail!(user.email) : null;
        if (ada) return ada;
        throw error;
      }
    },
    async linkAccount(account) {
      try {
        await adapter.linkAccount!(account);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    },
  };
}

// Built once per process (the environment and the database do not change under a running server).
let config: Promise<NextAuthConfig> | undefined;
const lazyConfig = () =>
  (config ??= buildConfig().catch((error: unknown) => {
    config = undefined;
    throw error;
  }));

export const { handlers, auth, signIn, signOut } = NextAuth(lazyConfig);
