// A report's text with every extracted value highlighted at its evidence span. Each highlight is focusable and
// names its field(s) (tooltip on hover and focus, aria-label for screen readers) and, activated, shows the
// field's merged value; data-field is the most specific
// field, data-fields all of them (spans of different fields may overlap).

import { useI18n } from "../i18n/index.js";
import { type Mark, segment } from "../lib/highlight.js";

export const fieldLabel = (label: (g: string, v: string) => string, field: string) => label("field", field);

/** A small stable palette index per field, so one field has one colour across every report of the page. */
function hue(field: string): number {
  let h = 0;
  for (const c of field) h = (h * 31 + c.charCodeAt(0)) % 8;
  return h;
}

/** Takes the reader from a highlight to the field's row among the merged values (when the field has one). */
function showField(field: string) {
  const row = document.querySelector<HTMLElement>(`[data-testid="merged-value"][data-field="${CSS.escape(field)}"]`);
  if (!row) return;
  row.scrollIntoView({ behavior: "smooth", block: "center" });
  row.classList.remove("flash");
  void row.offsetWidth; // restart the animation
  row.classList.add("flash");
}

export function HighlightedText({
  text,
  marks,
  lang,
  docId,
}: {
  text: string;
  marks: Mark[];
  lang?: string | null;
  docId: string;
}) {
  const { t, label } = useI18n();
  const { segments, unplaced } = segment(text, marks);
  return (
    <div class="source-text-wrap">
      <p
        class="source-text"
        lang={lang === "hi" ? "hi" : lang === "en" ? "en" : undefined}
        data-testid="source-text"
        data-doc={docId}
      >
        {segments.map((s) => {
          if (s.marks.length === 0) return s.text;
          const fields = [...new Set(s.marks.map((m) => m.field))];
          const names = fields.map((f) => fieldLabel(label, f)).join(" · ");
          return (
            <mark
              key={s.start}
              class={`hl hl--${hue(fields[0]!)}${fields.length > 1 ? " hl--multi" : ""}`}
              data-field={fields[0]}
              data-fields={fields.join(" ")}
              data-rule={s.marks[0]!.rule}
              data-tip={names}
            >
              <button
                type="button"
                class="hl__btn"
                aria-label={`${s.text} (${names})`}
                onClick={() => showField(fields[0]!)}
              >
                {s.text}
              </button>
            </mark>
          );
        })}
      </p>
      {unplaced.length > 0 && (
        <p class="note" data-testid="unplaced-evidence">
          {t("incident.unplaced")} {unplaced.map((m) => `${fieldLabel(label, m.field)}: “${m.quote ?? ""}”`).join("; ")}
        </p>
      )}
    </div>
  );
}
