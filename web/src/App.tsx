// The shell: header with the language toggle, hash routing, and the pages (incident and person pages load lazily).

import { useEffect, useMemo, useState } from "preact/hooks";
import { lazyComponent } from "./components/Lazy.js";
import { I18nContext, initialLang, type Lang, makeI18n, saveLang } from "./i18n/index.js";
import { parseRoute, type Route } from "./lib/query.js";
import { Dashboard } from "./pages/Dashboard.js";

const IncidentPage = lazyComponent(() => import("./pages/IncidentPage.js"));
const PersonPage = lazyComponent(() => import("./pages/PersonPage.js"));

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const route = useRoute();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t("app.title");
    saveLang(lang);
  }, [lang, i18n]);

  // A new page: move focus to its main region so keyboard and screen-reader users start at the content.
  const pageKey = route.page === "dashboard" ? "dashboard" : `${route.page}:${"id" in route ? route.id : ""}`;
  useEffect(() => {
    if (pageKey !== "dashboard") document.getElementById("main")?.focus();
    else if (document.activeElement === document.body) window.scrollTo(0, 0);
  }, [pageKey]);

  return (
    <I18nContext.Provider value={i18n}>
      {/* A button, not a link: "#main" would be taken for a route by the hash router. */}
      <button type="button" class="skip" onClick={() => document.getElementById("main")?.focus()}>
        {i18n.t("app.skip")}
      </button>
      <header class="top">
        <a class="brand" href="#/" data-testid="nav-dashboard">
          <span aria-hidden="true">◉</span> {i18n.t("app.title")}
        </a>
        <button
          type="button"
          id="lang-toggle"
          data-testid="lang-toggle"
          class="lang"
          lang={lang === "en" ? "hi" : "en"}
          aria-label={i18n.t("app.language.label")}
          onClick={() => setLang(lang === "en" ? "hi" : "en")}
        >
          {i18n.t("app.language")}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === "dashboard" && <Dashboard filters={route.filters} />}
        {route.page === "incident" && <IncidentPage id={route.id} />}
        {route.page === "person" && <PersonPage id={route.id} />}
        {route.page === "not_found" && (
          <p>
            {i18n.t("app.notFound", { path: route.path })} <a href="#/">{i18n.t("app.back")}</a>
          </p>
        )}
      </main>
      <footer class="foot">
        <p>{i18n.t("app.privacy")}</p>
      </footer>
    </I18nContext.Provider>
  );
}
