// Incidents (bars) and rescued persons (line, right axis) per month, from /api/stats by_month. Dragging across the
// chart sets the date filter to the months selected. Its own chunk with uPlot. A table of the same numbers follows
// for screen readers (visually hidden).

import "uplot/dist/uPlot.min.css";
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import { useI18n } from "../i18n/index.js";
import { formatNumber } from "../lib/format.js";
import { fillMonths } from "../lib/months.js";
import type { Stats } from "../lib/types.js";

/** Seconds since the epoch of the first day of "YYYY-MM" (uPlot's time axis is in seconds). */
const monthStart = (m: string) => Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1) / 1000;

const isoDay = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 10);

export default function Timeline({
  months,
  onRange,
}: {
  months: Stats["by_month"];
  onRange: (from: string, to: string) => void;
}) {
  const { t, lang } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const onRangeRef = useRef(onRange);
  onRangeRef.current = onRange;
  const rows = fillMonths(months);

  useEffect(() => {
    const box = el.current;
    if (!box || rows.length === 0) return;
    const xs = rows.map((r) => monthStart(r.month));
    const data: uPlot.AlignedData = [xs, rows.map((r) => r.incidents), rows.map((r) => r.rescued)];
    const bars = uPlot.paths.bars?.({ size: [0.7, 40] });
    const plot = new uPlot(
      {
        width: Math.max(280, box.clientWidth),
        height: 220,
        cursor: { drag: { x: true, y: false } },
        legend: { show: true },
        scales: { x: { time: true }, n: { auto: true }, r: { auto: true } },
        axes: [
          { space: 60 },
          { scale: "n", label: t("timeline.incidents") },
          { scale: "r", side: 1, label: t("timeline.rescued"), grid: { show: false } },
        ],
        series: [
          { label: t("table.col.date"), value: (_u, v) => (v == null ? "—" : isoDay(v).slice(0, 7)) },
          {
            label: t("timeline.incidents"),
            scale: "n",
            fill: "rgba(31, 94, 168, 0.55)",
            stroke: "#1f5ea8",
            ...(bars ? { paths: bars } : {}),
            points: { show: false },
          },
          { label: t("timeline.rescued"), scale: "r", stroke: "#b4005a", width: 2 },
        ],
        hooks: {
          setSelect: [
            (u) => {
              if (u.select.width < 4) return;
              const from = u.posToVal(u.select.left, "x");
              const to = u.posToVal(u.select.left + u.select.width, "x");
              const last = new Date(to * 1000);
              // Widen to whole months: from the first day of the first month to the last day of the last.
              const end = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0));
              onRangeRef.current(`${isoDay(from).slice(0, 7)}-01`, end.toISOString().slice(0, 10));
            },
          ],
        },
      },
      data,
      box,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, box.clientWidth), height: 220 }));
    resize.observe(box);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [JSON.stringify(rows), t]);

  if (rows.length === 0) return <p class="note">{t("timeline.empty")}</p>;
  return (
    <figure class="timeline">
      <div ref={el} class="timeline__chart" data-testid="timeline" role="img" aria-label={t("timeline.label")} />
      <table class="visually-hidden">
        <caption>{t("timeline.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.col.date")}</th>
            <th scope="col">{t("timeline.incidents")}</th>
            <th scope="col">{t("timeline.rescued")}</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((r) => r.incidents > 0)
            .map((r) => (
              <tr key={r.month}>
                <th scope="row">{r.month}</th>
                <td>{formatNumber(r.incidents, lang)}</td>
                <td>{formatNumber(r.rescued, lang)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
