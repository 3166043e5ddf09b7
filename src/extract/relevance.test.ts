// Relevance: why a text is (not) a report of a concrete trafficking incident, in words the analyst can check.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

const judge = (text: string) => extract({ text, published: "2024-02-01" }).relevance;

describe("relevance", () => {
  it("a raid with a topic word and a rescue is relevant, with the topic's evidence", () => {
    const r = judge("Police busted a sex racket in a Jaipur hotel and rescued five women.");
    expect(r.reasons[0]).toMatch(/topic cues/);
    expect(r.evidence[0]!.quote).toBe("sex racket");
  });
  it("an anti-trafficking unit's name is not a topic word ('AHTU traced two missing girls')", () => {
    const r = judge("The Anti-Human Trafficking Unit traced two missing girls who had left home after a quarrel.");
    expect(r.reasons.join(" ")).toMatch(/no trafficking/);
  });
  it("another crime sharing the word 'trafficking' is not relevant", () => {
    const r = judge("Police arrested two men for drug trafficking and seized 5 kg of heroin.");
    expect(r.score).toBe(0);
  });
  it("a workshop or a statistics story is not an incident", () => {
    expect(judge("Speakers at a workshop on human trafficking in Lucknow called for awareness.").score).toBe(0);
    expect(
      judge("Police busted 40 prostitution rackets so far this year, according to data released on Monday.").score,
    ).toBe(0);
  });
  it("women rescued from a spa are a trafficking rescue even without the word", () => {
    expect(judge("Police rescued six women from a spa in Indore and arrested its manager.").score).toBeGreaterThan(0);
  });
  it("a case under a trafficking law is on topic", () => {
    expect(
      judge(
        "Dono aaropiyon ko giraftaar kar BNS ki dhara 143 ke tahat case darj kiya gaya. Ek mahila ko mukt karaya gaya.",
      ).score,
    ).toBeGreaterThan(0);
  });
  it("a flood rescue is not", () => {
    expect(judge("Rescue teams rescued 20 women and children stranded in the flood in Assam.").score).toBe(0);
  });
});
