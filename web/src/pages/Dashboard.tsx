// The morning view: filters that drive everything below, totals, the map with flows, the timeline, the incident
// table and the export links. The map and the timeline are separate chunks (Leaflet and uPlot load after the shell).
// Nothing here loads every incident: the table asks for one page, the map for counts per place, the flows for the
// strongest few hundred, the totals and the timeline for the server's sums, so the first load stays small at any size.

import { ExportLinks } from "../components/ExportLinks.js";
import { FiltersPanel } from "../components/FiltersPanel.js";
import { IncidentTable } from "../components/IncidentTable.js";
import { lazyComponent } from "../components/Lazy.js";
import { Status } from "../components/Status.js";
import { useI18n } from "../i18n/index.js";
import { loadFlows, loadIncidentPlaces, loadStats } from "../lib/api.js";
import { formatNumber } from "../lib/format.js";
import { dashboardHash, type Filters, filtersToQuery } from "../lib/query.js";
import { useLoad } from "../lib/useLoad.js";

const MapView = lazyComponent(() => import("../components/MapView.js"));
const Timeline = lazyComponent(() => import("../components/Timeline.js"));

export function Dashboard({ filters }: { filters: Filters }) {
  const { t, lang } = useI18n();
  const key = filtersToQuery(filters);
  const [places, reloadPlaces] = useLoad((s) => loadIncidentPlaces(filters, s), [key]);
  const [stats, reloadStats] = useLoad((s) => loadStats(filters, s), [key]);
  const [flows] = useLoad((s) => loadFlows(filters, s), [key]);
  const setFilters = (f: Filters) => {
    location.hash = dashboardHash(f);
  };
  const platforms = stats.state === "ok" ? stats.data.by_platform.map((p) => p.platform) : [];

  return (
    <div class="dashboard">
      <FiltersPanel filters={filters} onChange={setFilters} platforms={platforms} />
      <section class="totals" aria-label={t("filters.title")} aria-live="polite" data-testid="totals">
        {stats.state === "ok" ? (
          (["incidents", "documents", "rescued", "arrested"] as const).map((k) => (
            <div class="total" key={k} data-testid={`total-${k}`}>
              <span class="total__n">{formatNumber(stats.data.totals[k], lang)}</span>
              <span class="total__label">{t(`totals.${k}`)}</span>
            </div>
          ))
        ) : stats.state === "error" ? (
          <Status error={stats.message} retry={reloadStats} />
        ) : (
          <Status />
        )}
      </section>
      <div class="dashboard__viz">
        <section class="card card--map" aria-labelledby="map-title">
          <h2 id="map-title">{t("map.title")}</h2>
          {places.state === "error" && <Status error={places.message} retry={reloadPlaces} />}
          <MapView
            places={places.state === "ok" ? places.data.items : []}
            unplaced={places.state === "ok" ? places.data.unplaced : 0}
            flows={flows.state === "ok" ? flows.data.items : []}
            filters={filters}
            onState={(state: string) => setFilters({ ...filters, state })}
          />
        </section>
        <section class="card card--timeline" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t("timeline.title")}</h2>
          {stats.state === "ok" ? (
            <Timeline
              months={stats.data.by_month}
              onRange={(from: string, to: string) => setFilters({ ...filters, from, to })}
            />
          ) : (
            <Status error={stats.state === "error" ? stats.message : undefined} />
          )}
        </section>
      </div>
      <section class="card" aria-labelledby="table-title">
        <h2 id="table-title">{t("table.title")}</h2>
        <IncidentTable filters={filters} />
      </section>
      <ExportLinks filters={filters} />
    </div>
  );
}
