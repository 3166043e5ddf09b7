// A progress line for long runs on stderr: documents, rate, ETA and outcome counts. On a terminal it redraws one
// line at most ten times a second; elsewhere (a log file, CI) it prints a line every few seconds, so logs stay short.
import type { IngestProgress } from "../ingest/run.js";

const TTY_INTERVAL_MS = 100;
const LOG_INTERVAL_MS = 5000;

const fmtInt = (n: number) => n.toLocaleString("en-US");
const fmtDuration = (s: number) =>
  !Number.isFinite(s)
    ? "?"
    : s < 60
      ? `${Math.ceil(s)} s`
      : s < 3600
        ? `${Math.floor(s / 60)} min ${Math.ceil(s % 60)} s`
        : `${(s / 3600).toFixed(1)} h`;

export class ProgressLine {
  private readonly start = performance.now();
  private last = 0;
  private lastText = "";
  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly tty = !!process.stderr.isTTY,
  ) {}

  line(p: IngestProgress): string {
    const s = p.stats;
    const secs = (performance.now() - this.start) / 1000;
    const done = s.read + s.errors;
    const rate = secs > 0 ? s.read / secs : 0;
    const of = p.total ? ` / ${fmtInt(p.total)}` : "";
    const eta = p.total && rate > 0 ? ` · ETA ${fmtDuration(Math.max(0, p.total - done) / rate)}` : "";
    return `ingest: ${fmtInt(done)}${of} docs · ${rate.toFixed(0)} docs/s${eta} · ${fmtInt(s.added)} added (${fmtInt(s.relevant)} relevant) · ${fmtInt(s.known + s.republished)} already stored · ${fmtInt(s.errors)} errors`;
  }

  update(p: IngestProgress): void {
    const now = performance.now();
    if (now - this.last < (this.tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) return;
    this.last = now;
    this.write(this.line(p));
  }

  done(p: IngestProgress): void {
    this.write(this.line(p), true);
  }

  private write(text: string, final = false): void {
    if (this.tty) {
      this.out.write(`\r${text}${" ".repeat(Math.max(0, this.lastText.length - text.length))}${final ? "\n" : ""}`);
      this.lastText = text;
    } else this.out.write(`${text}\n`);
  }
}
