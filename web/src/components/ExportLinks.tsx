import { useI18n } from "../i18n/index.js";
import { EXPORTS } from "../lib/api.js";
import { apiUrl, type Filters } from "../lib/query.js";

/** Download links for every export format, with the dashboard's current filters. */
export function ExportLinks({ filters }: { filters: Filters }) {
  const { t } = useI18n();
  return (
    <nav class="exports card" aria-label={t("export.title")}>
      <h2>{t("export.title")}</h2>
      <ul>
        {EXPORTS.map((x) => (
          <li key={x.key}>
            <a id={`export-${x.key}`} data-testid={`export-${x.key}`} href={apiUrl(x.path, filters)} download={x.file}>
              {t(`export.${x.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
