// Review mode: correct one scalar value (field, new value, who, note) and see every correction made so far.

import { useEffect, useState } from "preact/hooks";
import { type I18n, useI18n } from "../i18n/index.js";
import { loadReviews, postReview } from "../lib/api.js";
import { NUMBER_FIELDS, SCALAR_FIELDS, valueAt } from "../lib/evidence.js";
import { formatDateTime } from "../lib/format.js";
import type { MergedRecord, Review } from "../lib/types.js";
import { useLoad } from "../lib/useLoad.js";
import { Status } from "./Status.js";

const WHO_KEY = "mukti.reviewer";

const show = (v: unknown, i18n: I18n) =>
  v === null || v === undefined || v === "" ? i18n.t("incident.notStated") : String(v);

/** The value to send for what was typed: empty → null (not stated), whole numbers for count fields. */
export function reviewValue(field: string, raw: string): string | number | null {
  const v = raw.trim();
  if (v === "") return null;
  if (NUMBER_FIELDS.has(field) && /^\d+$/.test(v)) return Number(v);
  return v;
}

export function ReviewPanel({
  incidentId,
  record,
  onSaved,
}: {
  incidentId: string;
  record: MergedRecord;
  onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t, label, lang } = i18n;
  const [field, setField] = useState<string>(SCALAR_FIELDS[0]);
  const current = valueAt(record, field);
  const asText = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const [value, setValue] = useState(() => asText(current));
  const [who, setWho] = useState(() => localStorage.getItem(WHO_KEY) ?? "");
  const [note, setNote] = useState("");
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" | "failed"; message?: string }>({
    kind: "idle",
  });
  const [reviews, reloadReviews] = useLoad((s) => loadReviews(incidentId, s), [incidentId]);

  // the box shows the chosen field's value: set with the choice itself (an effect would run after the next paint and
  // could overwrite what was typed meanwhile), and again when the record is reloaded after a correction
  const choose = (f: string) => {
    setField(f);
    setValue(asText(valueAt(record, f)));
  };
  // (only a reloaded record resets the box here, not a new field)
  useEffect(() => setValue(asText(valueAt(record, field))), [record]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setState({ kind: "saving" });
    try {
      localStorage.setItem(WHO_KEY, who.trim());
      const res = await postReview(incidentId, {
        field,
        value: reviewValue(field, value),
        who: who.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setState({ kind: "saved", message: show(valueAt(res.incident.record, field), i18n) });
      setNote("");
      reloadReviews();
      onSaved();
    } catch (err) {
      setState({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section class="review" aria-labelledby="review-title">
      <h2 id="review-title">{t("review.title")}</h2>
      <form id="review-form" data-testid="review-form" onSubmit={submit}>
        <div class="field">
          <label for="review-field">{t("review.field")}</label>
          <select
            id="review-field"
            data-testid="review-field"
            value={field}
            onChange={(e) => choose(e.currentTarget.value)}
          >
            {SCALAR_FIELDS.map((f) => (
              <option key={f} value={f}>
                {label("field", f)}
              </option>
            ))}
          </select>
          <small id="review-current">{t("review.current", { value: show(current, i18n) })}</small>
        </div>
        <div class="field">
          <label for="review-value">{t("review.value")}</label>
          <input
            id="review-value"
            data-testid="review-value"
            value={value}
            inputMode={NUMBER_FIELDS.has(field) ? "numeric" : undefined}
            pattern={NUMBER_FIELDS.has(field) ? "\\d*" : undefined}
            aria-describedby="review-current review-null"
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <small id="review-null">{t("review.value.null")}</small>
        </div>
        <div class="field">
          <label for="review-who">{t("review.who")}</label>
          <input
            id="review-who"
            data-testid="review-who"
            required
            autocomplete="name"
            value={who}
            onInput={(e) => setWho(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="review-note">{t("review.note")}</label>
          <textarea
            id="review-note"
            data-testid="review-note"
            rows={2}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <button type="submit" id="review-submit" data-testid="review-submit" disabled={state.kind === "saving"}>
          {state.kind === "saving" ? t("review.saving") : t("review.submit")}
        </button>
        <p
          role="status"
          aria-live="polite"
          data-testid="review-status"
          class={state.kind === "failed" ? "error" : undefined}
        >
          {state.kind === "saved" && t("review.saved", { value: state.message ?? "" })}
          {state.kind === "failed" && t("review.failed", { message: state.message ?? "" })}
        </p>
      </form>
      <h3>{t("review.trail")}</h3>
      {reviews.state !== "ok" ? (
        <Status error={reviews.state === "error" ? reviews.message : undefined} retry={reloadReviews} />
      ) : reviews.data.length === 0 ? (
        <p class="note">{t("review.trail.none")}</p>
      ) : (
        <div class="table-scroll">
          <table class="trail" data-testid="review-trail">
            <thead>
              <tr>
                <th scope="col">{t("review.col.at")}</th>
                <th scope="col">{t("review.col.who")}</th>
                <th scope="col">{t("review.col.field")}</th>
                <th scope="col">{t("review.col.change")}</th>
                <th scope="col">{t("review.col.note")}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.data
                .slice()
                .sort((a: Review, b: Review) => b.at.localeCompare(a.at))
                .map((r: Review) => (
                  <tr key={r.id} data-testid="review-row">
                    <td>{formatDateTime(r.at, lang)}</td>
                    <td>{r.who}</td>
                    <td>{label("field", r.field)}</td>
                    <td>
                      <del>{show(r.old_value, i18n)}</del> → <ins>{show(r.new_value, i18n)}</ins>
                    </td>
                    <td>{r.note ?? ""}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
