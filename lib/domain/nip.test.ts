import { describe, expect, it } from "vitest";
import { formatNip, isNipValid, parseNip, type NipErrorCode } from "./nip";

describe("parseNip", () => {
  it("parses a valid PNS NIP", () => {
    expect(parseNip("198503122010011003")).toEqual({
      ok: true,
      value: { nip: "198503122010011003", tanggalLahir: "1985-03-12", tmt: "2010-01", jenisKelamin: "L", urutan: 3 },
    });
    expect(parseNip("198503122010012999", { status: "CPNS" })).toMatchObject({
      ok: true,
      value: { jenisKelamin: "P", urutan: 999 },
    });
  });

  it("accepts spaces and other whitespace", () => {
    for (const s of ["19850312 201001 1 003", "  198503122010011003 ", "19850312\t201001\n1 003"])
      expect(parseNip(s)).toMatchObject({ ok: true, value: { nip: "198503122010011003" } });
  });

  it("parses a valid PPPK number whose digits 13–14 are not a month", () => {
    expect(parseNip("199001152021252001", { status: "PPPK" })).toEqual({
      ok: true,
      value: { nip: "199001152021252001", tanggalLahir: "1990-01-15", tmt: null, jenisKelamin: "P", urutan: 1 },
    });
    expect(parseNip("199001152021002001", { status: "PPPK" }).ok).toBe(true);
    // the same number is not a valid PNS NIP
    expect(parseNip("199001152021252001")).toMatchObject({ ok: false, code: "TMT" });
  });

  it("handles leap days", () => {
    expect(parseNip("198402292010011003")).toMatchObject({ ok: true, value: { tanggalLahir: "1984-02-29" } });
    expect(parseNip("200002292020011003").ok).toBe(true); // 2000 is a leap year
    expect(parseNip("198502292010011003")).toMatchObject({ ok: false, code: "TANGGAL_LAHIR" });
    expect(parseNip("190002292020011003")).toMatchObject({ ok: false, code: "TANGGAL_LAHIR" }); // 1900 is not
  });

  it.each<[string, string, NipErrorCode]>([
    ["17 digits", "19850312201001100", "PANJANG"],
    ["19 digits", "1985031220100110031", "PANJANG"],
    ["empty", "", "PANJANG"],
    ["letters", "19850312201001100A", "BUKAN_ANGKA"],
    ["dashes", "19850312-201001-1-003", "BUKAN_ANGKA"],
    ["short with letters", "abc", "BUKAN_ANGKA"],
    ["30 February", "198502302010011003", "TANGGAL_LAHIR"],
    ["31 April", "198504312010011003", "TANGGAL_LAHIR"],
    ["birth month 13", "198513012010011003", "TANGGAL_LAHIR"],
    ["birth month 00", "198500122010011003", "TANGGAL_LAHIR"],
    ["birth day 00", "198503002010011003", "TANGGAL_LAHIR"],
    ["birth before 1900", "189912312010011003", "TANGGAL_LAHIR"],
    ["TMT month 13", "198503122010131003", "TMT"],
    ["TMT month 00", "198503122010001003", "TMT"],
    ["TMT before birth", "198503121984061003", "TMT"],
    ["TMT in the birth month", "198503121985031003", "TMT"],
    ["sex 3", "198503122010013003", "JENIS_KELAMIN"],
    ["sex 0", "198503122010010003", "JENIS_KELAMIN"],
    ["sequence 000", "198503122010011000", "URUTAN"],
  ])("rejects %s", (_name, nip, code) => {
    const r = parseNip(nip);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
    expect(isNipValid(nip)).toBe(false);
  });

  it("accepts a TMT the month after birth", () => {
    expect(parseNip("198503121985041003").ok).toBe(true);
  });

  it("checks PPPK year against birth year and still checks sex and sequence", () => {
    expect(parseNip("199001151989252001", { status: "PPPK" })).toMatchObject({ ok: false, code: "TMT" });
    expect(parseNip("199001152021253001", { status: "PPPK" })).toMatchObject({ ok: false, code: "JENIS_KELAMIN" });
    expect(parseNip("199001152021251000", { status: "PPPK" })).toMatchObject({ ok: false, code: "URUTAN" });
    expect(parseNip("199002302021251001", { status: "PPPK" })).toMatchObject({ ok: false, code: "TANGGAL_LAHIR" });
  });
});

describe("isNipValid / formatNip", () => {
  it("isNipValid", () => {
    expect(isNipValid("198503122010011003")).toBe(true);
    expect(isNipValid("199001152021252001", { status: "PPPK" })).toBe(true);
    expect(isNipValid("199001152021252001", { status: "PNS" })).toBe(false);
  });
  it("formatNip", () => {
    expect(formatNip("198503122010011003")).toBe("19850312 201001 1 003");
    expect(formatNip("19850312 201001 1 003")).toBe("19850312 201001 1 003");
    expect(formatNip("12345")).toBe("12345");
  });
});
