// The dashboard: GET /admin/api/summary drawn as numbers, bar charts (tables with bars) and lists.
"use strict";
(function () {
  const t = (key, vars) => I18N.t(key, vars);
  let data = null;

  // A bar chart that is also a table, so screen readers and keyboard users get the same numbers.
  function barTable(rows, labelKey, caption) {
    if (!rows.length) return el("p", {}, t("no_data"));
    const max = Math.max(1, ...rows.map((r) => r.count));
    const body = rows.map((r) => {
      const bar = el("span", { class: "bar", "aria-hidden": "true" });
      bar.style.width = (100 * r.count / max).toFixed(1) + "%";
      return el("tr", {}, el("th", { scope: "row" }, r.label), el("td", {}, el("div", { class: "bar-cell" },
        el("span", { class: "bar-track" }, bar), el("span", { class: "bar-value" }, I18N.number(r.count)))));
    });
    return el("table", { class: "chart" }, el("caption", { class: "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t(labelKey)), el("th", { scope: "col" }, t("col_count")))),
      el("tbody", {}, body));
  }

  function unanswered(groups) {
    if (!groups.length) return el("p", {}, t("no_data"));
    return el("ol", { class: "unanswered" }, groups.map((g) => el("li", {},
      el("span", { class: "q" }, g.question), " ", el("span", { class: "count" }, `(${t("col_times").toLowerCase()}: ${g.count})`),
      g.variants.length ? el("p", { class: "variants" }, t("also_asked", { list: g.variants.slice(0, 5).join(" · ") })) : null)));
  }

  function notHelpful(rows) {
    if (!rows.length) return el("p", {}, t("no_data"));
    return el("table", { class: "list" },
      el("caption", { class: "visually-hidden" }, t("not_helpful_list")),
      el("thead", {}, el("tr", {}, ["col_when", "col_question", "col_comment", "col_answer"].map((k) => el("th", { scope: "col" }, t(k))))),
      el("tbody", {}, rows.map((r) => el("tr", {},
        el("td", {}, r.given_at.replace("T", " ")), el("td", {}, r.question),
        el("td", { class: "comment" }, r.comment || "–"), el("td", { class: "answer-text" }, r.answer || "–")))));
  }

  function render() {
    if (!data) return;
    const d = data.deflection;
    document.getElementById("deflection-rate").textContent = d.rate === null ? "–" : Math.round(100 * d.rate) + " %";
    document.getElementById("deflection-detail").textContent = t("deflection_detail", { deflected: d.deflected, total: d.total });
    document.getElementById("per-grant").replaceChildren(barTable(
      data.per_grant.map((r) => ({ label: r.title || t("no_grant"), count: r.count })), "col_title", t("per_grant")));
    document.getElementById("per-week").replaceChildren(barTable(
      data.per_week.map((r) => ({ label: r.week, count: r.count })), "col_week", t("per_week")));
    document.getElementById("unanswered").replaceChildren(unanswered(data.top_unanswered));
    document.getElementById("not-helpful").replaceChildren(notHelpful(data.not_helpful));
    document.getElementById("retention").textContent = data.retention_days
      ? t("retention_on", { days: data.retention_days }) : t("retention_off");
  }

  async function load() {
    const status = document.getElementById("admin-status");
    status.textContent = t("loading");
    const response = await fetch("/admin/api/summary");
    if (!response.ok) { location.assign("/admin"); return; }
    data = await response.json();
    status.textContent = "";
    render();
  }

  document.addEventListener("DOMContentLoaded", () => { I18N.onChange(render); load(); });
})();
