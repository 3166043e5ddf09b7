// One person: name, aliases, the incidents they are linked to, and a small SVG graph of the people accused with
// them (each node a link to that person's page, so the graph is walkable by keyboard).

import { Status } from "../components/Status.js";
import { useI18n } from "../i18n/index.js";
import { loadPerson } from "../lib/api.js";
import { formatDate, formatNumber } from "../lib/format.js";
import { ringLayout } from "../lib/graph.js";
import { incidentHash, personHash } from "../lib/query.js";
import type { Person } from "../lib/types.js";
import { useLoad } from "../lib/useLoad.js";

const SIZE = 320;

function CoAccusedGraph({ person }: { person: Person }) {
  const { t, lang } = useI18n();
  if (person.links.length === 0) return <p class="note">{t("person.graph.none")}</p>;
  const { centre, nodes, hidden } = ringLayout(person.links, SIZE);
  return (
    <figure class="graph" aria-label={t("person.graph.label", { name: person.name })}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} data-testid="person-graph">
        <title>{t("person.graph.label", { name: person.name })}</title>
        {nodes.map((n) => (
          <line
            key={`l-${n.id}`}
            x1={centre.x}
            y1={centre.y}
            x2={n.x}
            y2={n.y}
            class="graph__edge"
            stroke-width={1 + Math.min(6, n.shared * 1.5)}
          />
        ))}
        <g class="graph__node graph__node--self">
          <circle cx={centre.x} cy={centre.y} r={18} />
          <text x={centre.x} y={centre.y + 34} text-anchor="middle">
            {person.name}
          </text>
        </g>
        {nodes.map((n) => {
          const label = t("person.shared", { name: n.name, shared: formatNumber(n.shared, lang) });
          return (
            <a key={n.id} href={personHash(n.id)} aria-label={label} data-testid="graph-node" class="graph__node">
              <title>{label}</title>
              <circle cx={n.x} cy={n.y} r={12} />
              <text x={n.x} y={n.y + (n.y < centre.y ? -18 : 28)} text-anchor="middle">
                {n.name}
              </text>
            </a>
          );
        })}
      </svg>
      {hidden > 0 && <figcaption>{t("map.more", { count: hidden })}</figcaption>}
    </figure>
  );
}

export default function PersonPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [person, reload] = useLoad((s) => loadPerson(id, s), [id]);
  if (person.state !== "ok")
    return <Status error={person.state === "error" ? person.message : undefined} retry={reload} />;
  const p = person.data;
  return (
    <article class="person" data-testid="person-page" data-person-id={id}>
      <p>
        <a href="#/">← {t("app.back")}</a>
      </p>
      <h1>
        {p.name} <small class="badge">{p.kind}</small>
      </h1>
      <section>
        <h2>{t("person.aliases")}</h2>
        {p.aliases.length ? (
          <ul class="chips" data-testid="person-aliases">
            {p.aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : (
          <p class="note">{t("person.aliases.none")}</p>
        )}
      </section>
      <div class="incident__grid">
        <section class="card">
          <h2>{t("person.incidents", { count: formatNumber(p.incidents.length, lang) })}</h2>
          <div class="table-scroll">
            <table data-testid="person-incidents">
              <thead>
                <tr>
                  <th scope="col">{t("table.col.date")}</th>
                  <th scope="col">{t("table.col.place")}</th>
                  <th scope="col">{t("person.role")}</th>
                </tr>
              </thead>
              <tbody>
                {p.incidents.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <a href={incidentHash(i.id)} aria-label={t("table.open", { id: i.id })}>
                        {formatDate(i.date, lang)}
                      </a>
                    </td>
                    <td>{[i.district, i.state].filter(Boolean).join(", ") || "—"}</td>
                    <td>{[i.role, i.rank].filter(Boolean).join(" · ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section class="card">
          <h2>{t("person.graph")}</h2>
          <CoAccusedGraph person={p} />
        </section>
      </div>
    </article>
  );
}
