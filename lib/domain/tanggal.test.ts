import { describe, expect, it } from "vitest";
import { addDays, assertIsoDate, dayOfWeek, daysInMonth, isIsoDate, isLeapYear } from "./tanggal";

describe("tanggal", () => {
  it("leap years", () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
  it("isIsoDate", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-00-10")).toBe(false);
    expect(isIsoDate("2023-1-01")).toBe(false);
    expect(isIsoDate("2023-01-01T00:00")).toBe(false);
    expect(() => assertIsoDate("x")).toThrow(RangeError);
  });
  it("addDays and dayOfWeek in UTC", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(dayOfWeek("2024-01-06")).toBe(6); // Saturday
    expect(dayOfWeek("2024-01-07")).toBe(0); // Sunday
  });
});
