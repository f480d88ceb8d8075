import { describe, expect, it } from "vitest";
import { demoLoginEnabled, readEnv, ssoConfigured, today } from "./env";

describe("environment", () => {
  it("has demo sign-in off unless explicitly enabled", () => {
    expect(demoLoginEnabled(readEnv({}))).toBe(false);
    expect(demoLoginEnabled(readEnv({ KINERJA_DEMO_LOGIN: "0" }))).toBe(false);
    expect(demoLoginEnabled(readEnv({ KINERJA_DEMO_LOGIN: "1" }))).toBe(true);
  });
  it("enables SSO only when issuer, client id and secret are all set", () => {
    expect(ssoConfigured(readEnv({ AUTH_SSO_ISSUER: "https://sso.example.go.id/realms/helvetia", AUTH_SSO_CLIENT_ID: "kinerja" }))).toBe(false);
    expect(
      ssoConfigured(readEnv({ AUTH_SSO_ISSUER: "https://sso.example.go.id/realms/helvetia", AUTH_SSO_CLIENT_ID: "kinerja", AUTH_SSO_CLIENT_SECRET: "s" })),
    ).toBe(true);
    expect(readEnv({}).AUTH_SSO_NIP_CLAIM).toBe("nip");
  });
  it("treats empty values as unset and rejects malformed ones with the variable's name", () => {
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(() => readEnv({ KINERJA_TODAY: "28-11-2026" })).toThrow(/KINERJA_TODAY/);
    expect(() => readEnv({ KINERJA_DEMO_LOGIN: "yes" })).toThrow(/KINERJA_DEMO_LOGIN/);
  });
  it("uses a pinned date when given", () => {
    expect(today(readEnv({ KINERJA_TODAY: "2026-11-20" }))).toBe("2026-11-20");
    expect(today(readEnv({}))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
