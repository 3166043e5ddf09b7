// One incident: the merged values with the reports they come from, disagreements side by side (one column per
// report), the people and places, every report's text with its evidence highlighted, and the review panel.

import { HighlightedText } from "../components/HighlightedText.js";
import { ReviewPanel } from "../components/ReviewPanel.js";
import { Status } from "../components/Status.js";
import { type I18n, useI18n } from "../i18n/index.js";
import { findPersons, loadIncident } from "../lib/api.js";
import { fieldDocuments, recordMarks, SCALAR_FIELDS, valueAt } from "../lib/evidence.js";
import { formatDate, formatDateTime, formatNumber } from "../lib/format.js";
import { personHash } from "../lib/query.js";
import type { IncidentDetail, MergedRecord } from "../lib/types.js";
import { useLoad } from "../lib/useLoad.js";

const LIST_FIELDS = ["actions", "platforms", "agencies", "laws", "indicators", "victims.foreign"] as const;

/** A value as the page shows it: enumerations translated, dates and numbers in the interface's forms. */
export function formatValue(field: string, v: unknown, i18n: I18n): string {
  if (v === null || v === undefined || v === "") return i18n.t("incident.notStated");
  if (field === "exploitation" && typeof v === "string") return i18n.label("exploitation", v);
  if (field === "event_date" && typeof v === "string") return formatDate(v, i18n.lang);
  if (typeof v === "number") return formatNumber(v, i18n.lang);
  if (Array.isArray(v)) return v.length ? v.map((x) => formatValue(field, x, i18n)).join(", ") : "—";
  if (typeof v === "object" && "name" in v) return String((v as { name: unknown }).name);
  return String(v);
}

const sourceId = (docId: string) => `source-${docId.replace(/[^\w-]/g, "_")}`;

function goToSource(docId: string) {
  const el = document.getElementById(sourceId(docId));
  el?.scrollIntoView({ behavior: "smooth", block: "start" });
  el?.focus({ preventScroll: true });
}

function DocRefs({ docs, detail }: { docs: string[]; detail: IncidentDetail }) {
  const order = detail.sources.map((s) => s.document.id);
  return (
    <span class="docrefs">
      {docs.map((d) => (
        <button type="button" class="docref" key={d} onClick={() => goToSource(d)} title={d} data-testid="doc-ref">
          {order.indexOf(d) + 1 || d}
        </button>
      ))}
    </span>
  );
}

async function openPerson(name: string) {
  const found = await findPersons(name).catch(() => null);
  const exact = found?.items.find((p) => p.name === name) ?? found?.items[0];
  if (exact) location.hash = personHash(exact.id);
}

function Values({ record, detail }: { record: MergedRecord; detail: IncidentDetail }) {
  const i18n = useI18n();
  const { t, label, lang } = i18n;
  const fields = [...SCALAR_FIELDS, ...LIST_FIELDS];
  return (
    <table class="values" data-testid="merged-values">
      <thead>
        <tr>
          <th scope="col">{t("incident.field")}</th>
          <th scope="col">{t("incident.value")}</th>
          <th scope="col">{t("incident.sourcesOf")}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => {
          const v = valueAt(record, f);
          const reviewed = record.reviewed?.[f];
          const conflict = record.conflicts?.[f];
          return (
            <tr key={f} data-testid="merged-value" data-field={f} class={conflict ? "has-conflict" : undefined}>
              <th scope="row">{label("field", f)}</th>
              <td>
                {formatValue(f, v, i18n)}
                {conflict && (
                  <span class="badge badge--warn" title={t("incident.conflicts")}>
                    {" "}
                    ⚠ {conflict.length}
                  </span>
                )}
                {reviewed && (
                  <span class="badge badge--ok" data-testid="reviewed-badge">
                    {t("incident.reviewedBy", { who: reviewed.who, at: formatDateTime(reviewed.at, lang) })}
                  </span>
                )}
              </td>
              <td>
                <DocRefs docs={fieldDocuments(record, f)} detail={detail} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Conflicts({ detail }: { detail: IncidentDetail }) {
  const i18n = useI18n();
  const conflicts = Object.entries(detail.incident.record.conflicts ?? {});
  if (conflicts.length === 0) return <p class="note">{i18n.t("incident.conflicts.none")}</p>;
  const docs = detail.sources.map((s) => s.document);
  return (
    <div class="table-scroll">
      <table class="conflicts" data-testid="conflicts">
        <thead>
          <tr>
            <th scope="col">{i18n.t("incident.field")}</th>
            {docs.map((d, i) => (
              <th scope="col" key={d.id}>
                {i18n.t("incident.source", { n: i + 1 })}
                <br />
                <small>{d.outlet ?? d.id}</small>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {conflicts.map(([field, values]) => (
            <tr key={field} data-field={field}>
              <th scope="row">{i18n.label("field", field)}</th>
              {docs.map((d) => {
                const v = values.find((x) => x.documents.includes(d.id));
                return <td key={d.id}>{v ? formatValue(field, v.value, i18n) : "—"}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function People({ record }: { record: MergedRecord }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <div class="people">
      {record.accused.length > 0 && (
        <section>
          <h3>{t("incident.accused")}</h3>
          <ul>
            {record.accused.map((a) => (
              <li key={a.name} data-testid="accused">
                <button
                  type="button"
                  class="linklike"
                  onClick={() => openPerson(a.name)}
                  aria-label={t("incident.personPage", { name: a.name })}
                >
                  {a.name}
                </button>
                {a.name_native && <span lang="hi"> ({a.name_native})</span>}
                {a.aliases.length > 0 && <span> — {t("incident.alias", { aliases: a.aliases.join(", ") })}</span>}
                {a.role && <span class="badge">{a.role}</span>}
                {a.status && <span class="badge">{a.status}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.officials.length > 0 && (
        <section>
          <h3>{t("incident.officials")}</h3>
          <ul>
            {record.officials.map((o) => (
              <li key={o.name}>
                {o.rank && `${o.rank} `}
                {o.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.victims.origins.length > 0 && (
        <section>
          <h3>{t("incident.origins")}</h3>
          <ul>
            {record.victims.origins.map((o) => (
              <li key={o.place}>
                {o.geo?.name ?? o.place}
                {o.count !== null && ` (${formatNumber(o.count, lang)})`}
                {o.geo?.precision && (
                  <small> — {t("incident.precision", { precision: i18n.label("precision", o.geo.precision) })}</small>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export default function IncidentPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [detail, reload] = useLoad((s) => loadIncident(id, s), [id]);
  if (detail.state !== "ok")
    return <Status error={detail.state === "error" ? detail.message : undefined} retry={reload} />;
  const d = detail.data;
  const r = d.incident.record;
  const place = r.location.place;
  return (
    <article class="incident" data-testid="incident-page" data-incident-id={id}>
      <p>
        <a href="#/">← {t("app.back")}</a>
      </p>
      <h1>{t("incident.title", { id })}</h1>
      <p class="lead">
        {[r.location.locality, r.location.city ?? r.location.district, r.location.state].filter(Boolean).join(", ") ||
          "—"}{" "}
        · {formatDate(r.event_date, lang)}
        {r.exploitation && ` · ${i18n.label("exploitation", r.exploitation)}`}
        {place?.precision && (
          <small> ({t("incident.precision", { precision: i18n.label("precision", place.precision) })})</small>
        )}
      </p>
      <div class="incident__grid">
        <section class="card" aria-labelledby="values-title">
          <h2 id="values-title">{t("incident.values")}</h2>
          <Values record={r} detail={d} />
          <People record={r} />
        </section>
        <section class="card" aria-labelledby="conflicts-title">
          <h2 id="conflicts-title">{t("incident.conflicts")}</h2>
          <Conflicts detail={d} />
          <ReviewPanel incidentId={id} record={r} onSaved={reload} />
        </section>
      </div>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t("incident.sources", { count: d.sources.length })}</h2>
        <p class="note">{t("incident.legend")}</p>
        {d.sources.map((s, i) => (
          <article
            key={s.document.id}
            id={sourceId(s.document.id)}
            class="card source"
            tabIndex={-1}
            data-testid="source"
            data-doc={s.document.id}
          >
            <h3>
              {t("incident.source", { n: i + 1 })}: {s.document.title ?? s.document.id}
            </h3>
            <p class="meta">
              {[
                s.document.outlet,
                s.document.published && t("incident.published", { date: formatDate(s.document.published, lang) }),
                s.document.lang,
              ]
                .filter(Boolean)
                .join(" · ")}
              {s.document.url && (
                <>
                  {" · "}
                  <a href={s.document.url} rel="noopener noreferrer" target="_blank">
                    {t("incident.openOriginal")}
                  </a>
                </>
              )}
            </p>
            {s.document.text ? (
              <HighlightedText
                text={s.document.text}
                marks={recordMarks(s.record, s.document.id)}
                lang={s.document.lang}
                docId={s.document.id}
              />
            ) : (
              <p class="note">{t("incident.noText")}</p>
            )}
          </article>
        ))}
      </section>
    </article>
  );
}
