// The dashboard's web sources: GET /admin/api/sources as a table of sources and their pages, the
// latest changes and the withdrawn announcements. Its words live here (nb, nn, sv, da, en) so the
// dashboard's catalogue in i18n.js stays one file per concern; unknown languages fall back to English.
"use strict";
(function () {
  const W = {
    en: { heading: "Web sources", refresh_now: "Refresh now", none: "No web sources yet: add one with grantbot sources add URL.", source: "Source", kind: "Kind",
      status: "Status", fetched: "Last fetch", pages: "Pages", changes: "Latest changes", no_changes: "No changes yet.",
      withdrawn: "Withdrawn announcements", schedule: "Refreshed every {every}.", manual: "No scheduled refresh (GRANTBOT_REFRESH_EVERY).",
      last: "Last refresh {at}: {summary}", never: "never" },
    nb: { heading: "Nettkilder", refresh_now: "Oppdater nå", none: "Ingen nettkilder ennå: legg til en med grantbot sources add URL.", source: "Kilde", kind: "Type",
      status: "Status", fetched: "Sist hentet", pages: "Sider", changes: "Siste endringer", no_changes: "Ingen endringer ennå.",
      withdrawn: "Tilbaketrukne utlysninger", schedule: "Oppdateres hver {every}.", manual: "Ingen planlagt oppdatering (GRANTBOT_REFRESH_EVERY).",
      last: "Siste oppdatering {at}: {summary}", never: "aldri" },
    nn: { heading: "Nettkjelder", refresh_now: "Oppdater no", none: "Ingen nettkjelder enno: legg til ei med grantbot sources add URL.", source: "Kjelde", kind: "Type",
      status: "Status", fetched: "Sist henta", pages: "Sider", changes: "Siste endringar", no_changes: "Ingen endringar enno.",
      withdrawn: "Tilbaketrekte utlysingar", schedule: "Oppdaterast kvar {every}.", manual: "Inga planlagd oppdatering (GRANTBOT_REFRESH_EVERY).",
      last: "Siste oppdatering {at}: {summary}", never: "aldri" },
    sv: { heading: "Webbkällor", refresh_now: "Uppdatera nu", none: "Inga webbkällor ännu: lägg till en med grantbot sources add URL.", source: "Källa", kind: "Typ",
      status: "Status", fetched: "Senast hämtad", pages: "Sidor", changes: "Senaste ändringar", no_changes: "Inga ändringar ännu.",
      withdrawn: "Återkallade utlysningar", schedule: "Uppdateras var {every}.", manual: "Ingen schemalagd uppdatering (GRANTBOT_REFRESH_EVERY).",
      last: "Senaste uppdatering {at}: {summary}", never: "aldrig" },
    da: { heading: "Webkilder", refresh_now: "Opdater nu", none: "Ingen webkilder endnu: tilføj en med grantbot sources add URL.", source: "Kilde", kind: "Type",
      status: "Status", fetched: "Sidst hentet", pages: "Sider", changes: "Seneste ændringer", no_changes: "Ingen ændringer endnu.",
      withdrawn: "Tilbagetrukne opslag", schedule: "Opdateres hver {every}.", manual: "Ingen planlagt opdatering (GRANTBOT_REFRESH_EVERY).",
      last: "Seneste opdatering {at}: {summary}", never: "aldrig" },
  };
  const w = (key, vars) => {
    let text = (W[I18N.lang] || W.en)[key] || W.en[key];
    for (const [name, value] of Object.entries(vars || {})) text = text.split("{" + name + "}").join(String(value));
    return text;
  };
  const when = (iso) => (iso ? iso.replace("T", " ").replace(/\+00:00$/, " UTC") : w("never"));
  let data = null;

  function link(url) {
    const safe = safeUrl(url);
    return safe ? el("a", { href: safe, rel: "noopener" }, url) : url;
  }

  function sourcesTable(sources) {
    if (!sources.length) return el("p", {}, w("none"));
    const rows = [];
    for (const s of sources) {
      rows.push(el("tr", {}, el("th", { scope: "row" }, link(s.url)), el("td", {}, s.kind),
        el("td", {}, s.status + (s.error ? ": " + s.error : "")), el("td", {}, when(s.last_fetch)),
        el("td", {}, String(s.pages.length))));
      if (s.kind === "page") continue;
      for (const p of s.pages) {
        rows.push(el("tr", { class: "source-page" }, el("td", {}, "↳ ", link(p.url)), el("td", {}, p.title || ""),
          el("td", {}, p.status + (p.error ? ": " + p.error : "")), el("td", {}, when(p.last_fetch)), el("td", {}, "")));
      }
    }
    return el("table", { class: "list" }, el("caption", { class: "visually-hidden" }, w("source")),
      el("thead", {}, el("tr", {}, ["source", "kind", "status", "fetched", "pages"].map((k) => el("th", { scope: "col" }, w(k))))),
      el("tbody", {}, rows));
  }

  function render() {
    if (!data) return;
    document.getElementById("sources-heading").textContent = w("heading");
    document.getElementById("refresh-now").textContent = w("refresh_now");
    const r = data.refresh;
    document.getElementById("refresh-schedule").textContent = r.every ? w("schedule", { every: r.every }) : w("manual");
    document.getElementById("refresh-last").textContent = r.last
      ? w("last", { at: when(r.last.started), summary: (r.last.summary || r.last.error || "").split("\n")[0] }) : "";
    document.getElementById("sources").replaceChildren(sourcesTable(data.sources));
    document.getElementById("changes-heading").textContent = w("changes");
    document.getElementById("changes").replaceChildren(data.changes.length
      ? el("ul", {}, data.changes.map((c) => el("li", {}, when(c.at) + " – " + c.title + ": " + c.changes.join("; "))))
      : el("p", {}, w("no_changes")));
    document.getElementById("withdrawn-heading").textContent = w("withdrawn");
    document.getElementById("withdrawn").replaceChildren(data.withdrawn.length
      ? el("ul", {}, data.withdrawn.map((g) => el("li", {}, g.title + " – ", link(g.source))))
      : el("p", {}, "–"));
  }

  async function load() {
    const response = await fetch("/admin/api/sources");
    if (!response.ok) return;
    data = await response.json();
    render();
  }

  document.addEventListener("DOMContentLoaded", () => { I18N.onChange(render); load(); });
})();
