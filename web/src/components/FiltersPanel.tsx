// The filter controls. Selects and dates apply at once; the text search applies after a pause in typing (or
// Enter), so the API is not asked on every keystroke.

import { useEffect, useRef, useState } from "preact/hooks";
import { useI18n } from "../i18n/index.js";
import { EMPTY_FILTERS, type Filters } from "../lib/query.js";
import { EXPLOITATIONS, STATES } from "../lib/states.js";

export function FiltersPanel({
  filters,
  onChange,
  platforms,
}: {
  filters: Filters;
  onChange: (f: Filters) => void;
  platforms: string[];
}) {
  const { t, label } = useI18n();
  const [text, setText] = useState(filters.text);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => setText(filters.text), [filters.text]);
  const set = (k: keyof Filters, v: string) => onChange({ ...filters, [k]: v });
  const commitText = (v: string) => {
    window.clearTimeout(timer.current);
    if (v.trim() !== filters.text) set("text", v.trim());
  };

  return (
    <form
      class="filters card"
      aria-label={t("filters.title")}
      data-testid="filters"
      onSubmit={(e) => {
        e.preventDefault();
        commitText(text);
      }}
    >
      <div class="field">
        <label for="filter-state">{t("filters.state")}</label>
        <select
          id="filter-state"
          data-testid="filter-state"
          value={filters.state}
          onChange={(e) => set("state", e.currentTarget.value)}
        >
          <option value="">{t("filters.state.any")}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          {filters.state && !(STATES as readonly string[]).includes(filters.state) && (
            <option value={filters.state}>{filters.state}</option>
          )}
        </select>
      </div>
      <div class="field">
        <label for="filter-from">{t("filters.from")}</label>
        <input
          id="filter-from"
          data-testid="filter-from"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => set("from", e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="filter-to">{t("filters.to")}</label>
        <input
          id="filter-to"
          data-testid="filter-to"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => set("to", e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="filter-exploitation">{t("filters.exploitation")}</label>
        <select
          id="filter-exploitation"
          data-testid="filter-exploitation"
          value={filters.exploitation}
          onChange={(e) => set("exploitation", e.currentTarget.value)}
        >
          <option value="">{t("filters.exploitation.any")}</option>
          {EXPLOITATIONS.map((x) => (
            <option key={x} value={x}>
              {label("exploitation", x)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-platform">{t("filters.platform")}</label>
        <input
          id="filter-platform"
          data-testid="filter-platform"
          list="platform-options"
          value={filters.platform}
          placeholder={t("filters.platform.placeholder")}
          onChange={(e) => set("platform", e.currentTarget.value.trim())}
        />
        <datalist id="platform-options">
          {platforms.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </div>
      <div class="field field--wide">
        <label for="filter-text">{t("filters.text")}</label>
        <input
          id="filter-text"
          data-testid="filter-text"
          type="search"
          value={text}
          placeholder={t("filters.text.placeholder")}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setText(v);
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => commitText(v), 400);
          }}
        />
      </div>
      <div class="field field--actions">
        <button
          type="button"
          id="filter-reset"
          data-testid="filter-reset"
          onClick={() => onChange({ ...EMPTY_FILTERS })}
        >
          {t("filters.reset")}
        </button>
      </div>
    </form>
  );
}
