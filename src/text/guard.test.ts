import { describe, expect, it } from "vitest";
import { decodeBytes, guardInput, InputError, MAX_CHARS } from "./guard.js";

describe("guardInput", () => {
  it("refuses binary bytes with a clear message", () => {
    expect(() => guardInput("PK\u0003\u0004\u0000\u0000binary")).toThrow(InputError);
    expect(() => guardInput("PK\u0003\u0004\u0000\u0000binary")).toThrow(/binary/);
  });
  it("refuses a non-string", () => {
    expect(() => guardInput(42)).toThrow(/string/);
  });
  it("keeps normal text, reports truncation of huge text", () => {
    expect(guardInput("नौ लड़कियों को बचाया").warnings).toEqual([]);
    const g = guardInput("a".repeat(MAX_CHARS + 10));
    expect(g.text.length).toBe(MAX_CHARS);
    expect(g.warnings[0]).toMatch(/only the first .* were not/);
  });
});

describe("decodeBytes", () => {
  it("replaces invalid UTF-8 and says how many sequences", () => {
    const r = decodeBytes(Uint8Array.from([0x61, 0xff, 0xfe, 0x62]));
    expect(r.text.startsWith("a")).toBe(true);
    expect(r.warnings[0]).toMatch(/not valid UTF-8/);
  });
  it("drops a byte-order mark", () => {
    expect(decodeBytes(new TextEncoder().encode("\uFEFFhi")).text).toBe("hi");
  });
});
