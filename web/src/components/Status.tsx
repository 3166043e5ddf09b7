import { useI18n } from "../i18n/index.js";

/** Loading (no error) or an error with an optional retry; announced to screen readers. */
export function Status({ error, retry }: { error?: string | undefined; retry?: () => void }) {
  const { t } = useI18n();
  if (!error)
    return (
      <p class="status" role="status" aria-live="polite">
        {t("app.loading")}
      </p>
    );
  return (
    <div class="status status--error" role="alert">
      <p>{t("app.error", { message: error })}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t("app.retry")}
        </button>
      )}
    </div>
  );
}
