// Files, folders and JSONL streams through readSources, with files written in a temporary folder by the test.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceItem } from "../types.js";
import { countSources, readSources } from "./index.js";
import { readJsonl } from "./jsonl.js";

let dir = "";

async function collect(gen: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of gen) items.push(item);
  return items;
}

const JSONL_LINES = [
  JSON.stringify({
    id: "r-1",
    text: "पुलिस ने दो नाबालिगों को मुक्त कराया।",
    published: "2024-01-09",
    lang: "hi",
    outlet: "Nagar",
    gold: { x: 1 },
  }),
  "",
  '{"id": "r-2", "text": "broken line',
  JSON.stringify({
    text: "A man was arrested for selling a girl.",
    source_url: "https://e.example/2",
    title: "Arrest",
    lang: "fr",
  }),
  JSON.stringify({ id: 7, text: "   " }),
  JSON.stringify(["not", "an", "object"]),
  JSON.stringify({ id: "r-5", body: "no text key" }),
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mukti-sources-"));
  const mixed = join(dir, "mixed");
  await mkdir(join(mixed, "b-sub", "deeper"), { recursive: true });
  await mkdir(join(mixed, ".git"), { recursive: true });
  await writeFile(join(mixed, "a.txt"), "Two girls were rescued from a spa.\n");
  await writeFile(join(mixed, "c.jsonl"), JSONL_LINES.join("\r\n"));
  await writeFile(
    join(mixed, "b-sub", "page.htm"),
    "<html><body><p>Three boys freed from a workshop.</p></body></html>",
  );
  await writeFile(join(mixed, "b-sub", "deeper", "z.txt"), "Nested report.");
  await writeFile(join(mixed, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  await writeFile(join(mixed, "notes.md"), "# not a source");
  await writeFile(join(mixed, ".hidden.txt"), "hidden");
  await writeFile(join(mixed, ".git", "HEAD.txt"), "ref");
  await writeFile(join(mixed, "empty.txt"), "");
  await writeFile(join(mixed, "binary.txt"), Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0x10]));
  await writeFile(join(mixed, "latin1.txt"), Buffer.from("Owner of caf\xe9 held", "latin1"));
  // An extensionless file named on the command line is sniffed.
  await writeFile(join(dir, "export"), JSONL_LINES[0]!);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("JSONL", () => {
  it("reads documents, skips blank lines, ignores extra keys and reports bad lines by number", async () => {
    const items = await collect(readJsonl(Readable.from([JSONL_LINES.join("\n")]), "in.jsonl"));
    expect(items).toEqual([
      {
        doc: {
          key: "r-1",
          text: "पुलिस ने दो नाबालिगों को मुक्त कराया।",
          url: null,
          outlet: "Nagar",
          title: null,
          published: "2024-01-09",
          lang: "hi",
          origin: "in.jsonl:1",
        },
      },
      { error: { origin: "in.jsonl:3", message: expect.stringMatching(/^line 3 is not valid JSON: /) } },
      {
        doc: {
          key: "line-4",
          text: "A man was arrested for selling a girl.",
          url: "https://e.example/2",
          outlet: null,
          title: "Arrest",
          published: null,
          lang: null,
          origin: "in.jsonl:4",
        },
      },
      { error: { origin: "in.jsonl:5", message: 'line 5: "text" is empty' } },
      { error: { origin: "in.jsonl:6", message: "line 6 is not a JSON object" } },
      { error: { origin: "in.jsonl:7", message: 'line 7 has no "text" string' } },
    ]);
  });

  it("streams: a line split across chunks is one line", async () => {
    const line = JSON.stringify({ id: "s", text: "स्टेशन से बच्ची बरामद" });
    const bytes = Buffer.from(`${line}\n`);
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 20), bytes.subarray(20)];
    const items = await collect(readJsonl(Readable.from(chunks), "stdin"));
    expect(items.map((i) => i.doc?.text)).toEqual(["स्टेशन से बच्ची बरामद"]);
  });
});

describe("folders and files", () => {
  it("reads a folder recursively in sorted order, passing over other and hidden files", async () => {
    const mixed = join(dir, "mixed");
    const items = await collect(readSources([mixed], { followFeedLinks: false }));
    const summary = items.map((i) => (i.doc ? `doc ${i.doc.origin}` : `error ${i.error.origin}: ${i.error.message}`));
    expect(summary).toEqual([
      `doc ${join(mixed, "a.txt")}`,
      `doc ${join(mixed, "b-sub", "deeper", "z.txt")}`,
      `doc ${join(mixed, "b-sub", "page.htm")}`,
      `error ${join(mixed, "binary.txt")}: the input looks binary (NUL or control bytes), not text: give a .txt, .html or .jsonl file`,
      `doc ${join(mixed, "c.jsonl")}:1`,
      expect.stringMatching(/^error .*c\.jsonl:3: line 3 is not valid JSON/),
      `doc ${join(mixed, "c.jsonl")}:4`,
      expect.stringMatching(/c\.jsonl:5: line 5: "text" is empty$/),
      expect.stringMatching(/c\.jsonl:6: line 6 is not a JSON object$/),
      expect.stringMatching(/c\.jsonl:7: line 7 has no "text" string$/),
      `error ${join(mixed, "empty.txt")}: empty: no text in it`,
      `doc ${join(mixed, "latin1.txt")}`,
    ]);
    // file keys are absolute paths; the invalid UTF-8 file is still a document
    expect(items[0]!.doc).toMatchObject({ key: resolve(mixed, "a.txt"), text: "Two girls were rescued from a spa.\n" });
    expect(items[11]!.doc!.text).toBe("Owner of caf\uFFFD held");
    expect(items[2]!.doc!.text).toBe("Three boys freed from a workshop.");
    // a rerun yields the same keys in the same order
    const again = await collect(readSources([mixed]));
    expect(again.map((i) => i.doc?.key ?? i.error?.origin)).toEqual(items.map((i) => i.doc?.key ?? i.error?.origin));
  });

  it("counts documents cheaply: files are one each, JSONL files their non-blank lines", async () => {
    // 6 readable files (the binary and the empty one give one item each) + 6 non-blank JSONL lines: exactly the
    // 12 items the folder yields
    expect(await countSources([join(dir, "mixed")])).toBe(6 + 6);
    expect(await countSources([join(dir, "export"), join(dir, "mixed", "a.txt")])).toBe(2);
    expect(await countSources(["-"])).toBeNull();
    expect(await countSources(["https://example.org/feed"])).toBeNull();
  });

  it("sniffs a file without a known extension, and reports a missing path", async () => {
    const items = await collect(readSources([join(dir, "export"), join(dir, "nope.txt")]));
    expect(items[0]!.doc?.key).toBe("r-1");
    expect(items[1]).toEqual({ error: { origin: join(dir, "nope.txt"), message: "no such file or folder" } });
  });
});
