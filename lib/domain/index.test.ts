import { describe, expect, it } from "vitest";
import * as domain from "./index";

describe("lib/domain index", () => {
  it("re-exports the public API", () => {
    for (const name of [
      "predikatKinerja", "checkKurva", "angkaKredit", "parseNip", "isNipValid", "formatNip",
      "resolvePpk", "holderAt", "isActiveAt", "transition", "eventsFor", "SKP_MACHINE",
      "EVALUASI_MACHINE", "KEBERATAN_MACHINE", "batasKeberatan", "masihBolehKeberatan",
      "batasPenetapanSkp", "ruleSetAt", "mergeRuleSet", "PERMENPANRB_6_2022", "RULE_SETS",
      "RATING", "PREDIKAT", "PREDIKAT_ORGANISASI", "JENJANG", "BERAKHLAK_INDIKATOR", "LABEL_PREDIKAT",
      "pangkatOf", "isGolonganValid",
    ])
      expect(domain, name).toHaveProperty(name);
  });
  it("imports nothing from the framework or the environment", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL(".", import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      const src = readFileSync(new URL(f, dir), "utf8");
      expect(src, f).not.toMatch(/from\s+["'](?!\.\/)/);
      expect(src, f).not.toMatch(/process\.env/);
    }
  });
});
