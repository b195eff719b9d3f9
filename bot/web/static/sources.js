// The dashboard's web sources: GET /admin/api/sources as a table of sources and their pages, the
// latest changes and the withdrawn announcements.
"use strict";
(function () {
  // Its words are the catalogue's "web.sources_*" messages (knowledge/locales), like every page's.
  const w = (key, vars) => I18N.t("sources_" + key, vars);
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
