// The incident table: sortable columns (buttons in the headers, aria-sort), a search box, pages of 25. Each row's
// date cell is a link to the incident page, so the rows are reachable with Tab and open with Enter.

import { useMemo, useState } from "preact/hooks";
import { type MessageKey, useI18n } from "../i18n/index.js";
import { formatDate, formatNumber } from "../lib/format.js";
import { incidentHash } from "../lib/query.js";
import { pageOf, placeLabel, type SortKey, type SortState, searchIncidents, sortIncidents } from "../lib/table.js";
import type { Incident } from "../lib/types.js";

const PAGE_SIZE = 25;
const COLUMNS: { key: SortKey | "platforms"; label: MessageKey; numeric?: boolean }[] = [
  { key: "date", label: "table.col.date" },
  { key: "place", label: "table.col.place" },
  { key: "exploitation", label: "table.col.exploitation" },
  { key: "rescued", label: "table.col.rescued", numeric: true },
  { key: "arrested", label: "table.col.arrested", numeric: true },
  { key: "platforms", label: "table.col.platforms" },
  { key: "sources", label: "table.col.sources", numeric: true },
];

export function IncidentTable({ items }: { items: Incident[] }) {
  const { t, lang, label } = useI18n();
  const [sort, setSort] = useState<SortState>({ key: "date", dir: "desc" });
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(0);
  const rows = useMemo(() => sortIncidents(searchIncidents(items, query), sort), [items, query, sort]);
  const slice = pageOf(rows, page, PAGE_SIZE);

  const toggle = (key: SortKey) => {
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === "asc" ? "desc" : "asc" }
        : { key, dir: key === "place" || key === "exploitation" ? "asc" : "desc" },
    );
    setPage(0);
  };

  return (
    <div class="table-wrap">
      <div class="table-tools">
        <label for="table-search">{t("table.search")}</label>
        <input
          id="table-search"
          data-testid="table-search"
          type="search"
          value={query}
          placeholder={t("table.search.placeholder")}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setPage(0);
          }}
        />
        <span class="table-count" aria-live="polite" data-testid="table-count">
          {t("table.count", { count: formatNumber(rows.length, lang) })}
        </span>
      </div>
      <div class="table-scroll">
        <table class="incidents" data-testid="incident-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const sortable = c.key !== "platforms";
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    class={c.numeric ? "num" : undefined}
                    aria-sort={
                      active ? (sort.dir === "asc" ? "ascending" : "descending") : sortable ? "none" : undefined
                    }
                  >
                    {sortable ? (
                      <button
                        type="button"
                        class="sort"
                        data-testid={`sort-${c.key}`}
                        aria-label={t("table.sortBy", { column: t(c.label) })}
                        onClick={() => toggle(c.key as SortKey)}
                      >
                        {t(c.label)}
                        <span aria-hidden="true" class="sort__arrow">
                          {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                      </button>
                    ) : (
                      t(c.label)
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {slice.items.map((inc) => {
              const r = inc.record;
              return (
                <tr key={inc.id} data-testid="incident-row" data-incident-id={inc.id}>
                  <td>
                    <a
                      href={incidentHash(inc.id)}
                      aria-label={t("table.open", { id: inc.id })}
                      data-testid="incident-link"
                    >
                      {formatDate(r.event_date, lang)}
                    </a>
                  </td>
                  <td>{placeLabel(inc) || "—"}</td>
                  <td>{r.exploitation ? label("exploitation", r.exploitation) : "—"}</td>
                  <td class="num">{formatNumber(r.victims.rescued, lang)}</td>
                  <td class="num">{formatNumber(r.arrests.total, lang)}</td>
                  <td>{r.platforms.join(", ") || "—"}</td>
                  <td class="num">{formatNumber(inc.documents.length, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? (
        <p class="note">{t("table.empty")}</p>
      ) : (
        <nav class="pager" aria-label={t("table.title")}>
          <button
            type="button"
            data-testid="page-prev"
            disabled={slice.page === 0}
            onClick={() => setPage(slice.page - 1)}
          >
            ‹ <span>{t("table.prev")}</span>
          </button>
          <span data-testid="page-status">{t("table.page", { page: slice.page + 1, pages: slice.pages })}</span>
          <button
            type="button"
            data-testid="page-next"
            disabled={slice.page >= slice.pages - 1}
            onClick={() => setPage(slice.page + 1)}
          >
            <span>{t("table.next")}</span> ›
          </button>
        </nav>
      )}
    </div>
  );
}
