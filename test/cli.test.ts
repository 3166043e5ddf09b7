// The `mukti` command end to end (spawns bin/mukti.mjs, which runs the compiled dist/: `npm test` builds first).
// Bad input — empty, binary, invalid UTF-8, huge, an unread script, malformed JSONL — gets a clear message or an
// empty record, never a crash or a hang.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./shared.js";

const BIN = join(REPO, "bin/mukti.mjs");
const dir = mkdtempSync(join(tmpdir(), "mukti-cli-"));
function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 1 << 28,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, data: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

describe("mukti extract", () => {
  it("prints one record as JSON with evidence, from a file", () => {
    const p = file(
      "hi.txt",
      "कानपुर: पुलिस ने एक होटल में छापा मारकर सेक्स रैकेट का भंडाफोड़ किया और पांच युवतियों को मुक्त कराया। होटल संचालक को गिरफ्तार किया गया।",
    );
    const r = run(["extract", p, "--published", "2024-05-02"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.relevant).toBe(true);
    expect(j.incidents[0].victims.rescued).toBe(5);
    const ev = j.incidents[0].evidence["victims.rescued"][0];
    expect(ev.quote).toContain("पांच युवतियों");
    expect(typeof ev.rule).toBe("string");
  });
  it("reads stdin with -", () => {
    const r = run(
      ["extract", "-", "--lang", "en"],
      "Police rescued four women from a spa in Pune and arrested the owner.",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).lang).toBe("en");
  });
  it("rejects a bad --published and a bad --lang with a message", () => {
    expect(run(["extract", "-", "--published", "14/09/2020"], "x").err).toMatch(/YYYY-MM-DD/);
    expect(run(["extract", "-", "--lang", "fr"], "x").err).toMatch(/--lang must be/);
  });
  it("says which file is missing", () => {
    const r = run(["extract", join(dir, "nope.txt")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no such file/);
  });
});

describe("mukti extract --jsonl", () => {
  it("writes one line per input line, in order, with id, relevant and incidents", () => {
    const p = file(
      "in.jsonl",
      [
        JSON.stringify({
          id: "a",
          text: "Police rescued nine girls from a brothel in Pune and arrested two brokers.",
          published: "2021-01-05",
        }),
        "{not json",
        JSON.stringify({ id: "b", text: "The traffic police fined 300 riders for not wearing helmets." }),
        JSON.stringify({ id: "c", text: "" }),
      ].join("\n"),
    );
    const r = run(["extract", "--jsonl", p]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", null, "b", "c"]);
    expect(lines[0].relevant).toBe(true);
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].relevant).toBe(false);
    expect(lines[3]).toMatchObject({ relevant: false, incidents: [] });
  });
});

describe("the README's main job", () => {
  it("extracts the example reports: three incidents in three languages, the traffic story not relevant", () => {
    const r = run(["extract", "--jsonl", join(REPO, "examples/reports.jsonl")]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.relevant])).toEqual([
      ["ex-hi-1", true],
      ["ex-en-1", true],
      ["ex-mx-1", true],
      ["ex-neg-1", false],
    ]);
    expect(lines[0].incidents[0]).toMatchObject({
      victims: { rescued: 6 },
      arrests: { total: 4 },
      location: { district: "Meerut" },
    });
    expect(lines[1].incidents[0]).toMatchObject({ exploitation: "labour", victims: { rescued: 11, minors: 11 } });
    expect(lines[2].incidents[0]).toMatchObject({
      victims: { rescued: 8 },
      arrests: { total: 2 },
      location: { district: "Patna" },
    });
  });
});

describe("bad input", () => {
  it("empty text gives an empty record", () => {
    const r = run(["extract", file("empty.txt", "")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ relevant: false, incidents: [] });
  });
  it("binary bytes give a clear error", () => {
    const r = run(["extract", file("bin.dat", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 0, 255, 254]))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/binary/);
  });
  it("invalid UTF-8 is read with a warning", () => {
    const bytes = Buffer.concat([
      Buffer.from("Police rescued six girls in Agra. "),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(" The accused was arrested."),
    ]);
    const r = run(["extract", file("bad-utf8.txt", bytes)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).warnings.join(" ")).toMatch(/not valid UTF-8/);
  });
  it("a 5 MB document finishes without a crash or a hang", () => {
    const para =
      "पुलिस ने शहर के एक होटल में छापा मारा और तीन युवतियों को मुक्त कराया। The police said the hotel manager was arrested. ";
    const big = para.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(para)));
    const t0 = Date.now();
    const r = run(["extract", file("big.txt", big), "--compact"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Array.isArray(j.incidents)).toBe(true);
    expect(j.warnings).toEqual([]); // read whole: nothing lost
    console.log(`5 MB document: ${Date.now() - t0} ms, warnings: ${j.warnings.join("; ")}`);
  });
  it("a script Mukti does not read gives an empty record and says so", () => {
    const r = run(["extract", file("ta.txt", "சென்னையில் காவல்துறையினர் ஒரு விடுதியில் சோதனை நடத்தினர்.")]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ relevant: false, incidents: [] });
    expect(j.warnings.join(" ")).toMatch(/script/);
  });
});

describe("mukti geocode", () => {
  it("prints each place of a phrase with its name, codes, position and precision", () => {
    const r = run(["geocode", "रांची के अरगोड़ा इलाके में छापा"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"रांची" [0-5] → district Ranchi (Jharkhand)');
    expect(r.out).toMatch(/"अरगोड़ा" \[\d+-\d+\] → locality Argora \(Ranchi, Jharkhand\)/);
    expect(r.out).toMatch(/LGD 20\/\d+ · 23\.\d+, 85\.\d+ \(locality\)/);
  });

  it("says which other places an ambiguous name could be, and reads a file as JSON", () => {
    expect(run(["geocode", "Bilaspur"]).out).toContain("could also be:");
    const p = file("geo.txt", "Hamirpur, Himachal Pradesh: police rescued two girls.");
    const r = run(["geocode", "--file", p, "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { mention: string; start: number; place: { name: string; state: string } }[];
    expect(j[0]).toMatchObject({
      mention: "Hamirpur",
      start: 0,
      place: { name: "Hamirpur", state: "Himachal Pradesh" },
    });
  });

  it("explains what it needs when given nothing, and finds no place in plain words", () => {
    const r = run(["geocode"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("geocode needs a TEXT");
    expect(run(["geocode", "nothing to see here"]).out).toBe("no place found\n");
  });
});
