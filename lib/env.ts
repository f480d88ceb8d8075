import { z } from "zod";

/**
 * Environment, validated once. Every variable is also listed in .env.example.
 * Dates for "today" come from the real clock unless KINERJA_TODAY pins one (demos and tests).
 */
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  KINERJA_DATA_DIR: z.string().optional(),
  KINERJA_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  KINERJA_DEMO_LOGIN: z.enum(["0", "1"]).optional(),
  AUTH_SECRET: z.string().optional(),
  AUTH_SSO_ISSUER: z.string().url().optional(),
  AUTH_SSO_CLIENT_ID: z.string().optional(),
  AUTH_SSO_CLIENT_SECRET: z.string().optional(),
  AUTH_SSO_NIP_CLAIM: z.string().default("nip"),
  AUTH_SSO_NAME: z.string().default("SSO Instansi"),
  /** SMTP server for email, e.g. smtp://user:pass@mail.example.go.id:587; no email is sent when unset. */
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default("Kinerja <kinerja@localhost>"),
  /** The address users reach the app at, for links in emails (default: AUTH_URL, else http://localhost:3000). */
  KINERJA_URL: z.string().url().optional(),
  AUTH_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof schema>;

const blankToUndefined = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === "" ? undefined : v]));

export function readEnv(env: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${detail}`);
  }
  return parsed.data;
}

export const ssoConfigured = (env: Env) => Boolean(env.AUTH_SSO_ISSUER && env.AUTH_SSO_CLIENT_ID && env.AUTH_SSO_CLIENT_SECRET);
export const demoLoginEnabled = (env: Env) => env.KINERJA_DEMO_LOGIN === "1";

/** Today's date in Indonesia's western time zone (WIB), or KINERJA_TODAY when set. */
export function today(env: Env = readEnv()): string {
  if (env.KINERJA_TODAY) return env.KINERJA_TODAY;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** The app's public address, without a trailing slash, for links in emails. */
export const urlAplikasi = (env: Env = readEnv()): string => (env.KINERJA_URL ?? env.AUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
