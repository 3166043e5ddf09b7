// The incident table: sortable columns (buttons in the headers, aria-sort), a search box, pages of 25. The server
// sorts, searches and pages (GET /api/incidents with sort, text, limit, offset), so the table asks for 25 rows whatever
// the number of incidents. Each row's date cell is a link to the incident page, so the rows are reachable with Tab and
// open with Enter.

import { useEffect, useState } from "preact/hooks";
import { type MessageKey, useI18n } from "../i18n/index.js";
import { loadIncidentPage, TABLE_PAGE } from "../lib/api.js";
import { formatDate, formatNumber } from "../lib/format.js";
import { type Filters, filtersToQuery, incidentHash } from "../lib/query.js";
import {
  clampPage,
  pageCount,
  placeLabel,
  type SortKey,
  type SortState,
  searchText,
  sortParam,
  toggleSort,
} from "../lib/table.js";
import { useLoad } from "../lib/useLoad.js";
import { Status } from "./Status.js";

/** The pause in typing after which the search box asks the server. */
const SEARCH_DELAY_MS = 300;
const COLUMNS: { key: SortKey | "platforms"; label: MessageKey; numeric?: boolean }[] = [
  { key: "date", label: "table.col.date" },
  { key: "place", label: "table.col.place" },
  { key: "exploitation", label: "table.col.exploitation" },
  { key: "rescued", label: "table.col.rescued", numeric: true },
  { key: "arrested", label: "table.col.arrested", numeric: true },
  { key: "platforms", label: "table.col.platforms" },
  { key: "sources", label: "table.col.sources", numeric: true },
];

export function IncidentTable({ filters }: { filters: Filters }) {
  const { t, lang, label } = useI18n();
  const filterKey = filtersToQuery(filters);
  const [sort, setSort] = useState<SortState>({ key: "date", dir: "desc" });
  const [input, setInput] = useState("");
  const [query, setQuery] = useState("");
  // the page belongs to the filters it was chosen under: new filters start at the first page
  const [at, setAt] = useState({ filterKey, page: 0 });
  const page = at.filterKey === filterKey ? at.page : 0;
  const setPage = (p: number) => setAt({ filterKey, page: p });

  useEffect(() => {
    if (input.trim() === query) return;
    const h = setTimeout(() => {
      setQuery(input.trim());
      setPage(0);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(h);
  }, [input]);

  const [rows, reload] = useLoad(
    (signal) =>
      loadIncidentPage(
        { ...filters, text: searchText(filters.text, query) },
        { sort: sortParam(sort), offset: page * TABLE_PAGE },
        signal,
      ),
    [filterKey, query, sort.key, sort.dir, page],
  );
  const total = rows.state === "ok" ? rows.data.total : 0;
  const pages = pageCount(total, TABLE_PAGE);

  // fewer incidents than before (a new report merged, another tab corrected one): back onto the last page
  useEffect(() => {
    if (rows.state === "ok" && page > 0 && page >= pages) setPage(clampPage(page, pages));
  }, [rows, page, pages]);

  const toggle = (key: SortKey) => {
    setSort((s) => toggleSort(s, key));
    setPage(0);
  };

  if (rows.state !== "ok") return <Status error={rows.state === "error" ? rows.message : undefined} retry={reload} />;
  const items = rows.data.items;

  return (
    <div class="table-wrap">
      <div class="table-tools">
        <label for="table-search">{t("table.search")}</label>
        <input
          id="table-search"
          data-testid="table-search"
          type="search"
          value={input}
          placeholder={t("table.search.placeholder")}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <span class="table-count" aria-live="polite" data-testid="table-count">
          {t("table.count", { count: formatNumber(total, lang) })}
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
            {items.map((inc) => {
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
      {total === 0 ? (
        <p class="note">{t("table.empty")}</p>
      ) : (
        <nav class="pager" aria-label={t("table.title")}>
          <button type="button" data-testid="page-prev" disabled={page === 0} onClick={() => setPage(page - 1)}>
            ‹ <span>{t("table.prev")}</span>
          </button>
          <span data-testid="page-status">{t("table.page", { page: page + 1, pages })}</span>
          <button type="button" data-testid="page-next" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            <span>{t("table.next")}</span> ›
          </button>
        </nav>
      )}
    </div>
  );
}
