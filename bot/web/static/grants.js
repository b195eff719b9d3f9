// The grant list: GET /api/grants with the filters of the address (so a filtered list can be bookmarked),
// sortable by column, each grant with a link to ask about it and one to add its deadlines to a calendar.
"use strict";
(function () {
  const t = (key, vars) => I18N.t(key, vars);
  const APPLICANT_TYPES = ["municipality", "county_municipality", "region", "county_administration",
    "hospital_trust", "state_agency", "ngo", "company", "research_institution", "individual"];
  const FILTERS = ["open", "closing_within_days", "applicant_type", "country", "issuer", "q", "year", "closed", "today"];
  let grants = [];
  let sort = { key: "deadline", ascending: true };

  // Open calls first, soonest deadline first; rolling, undated and closed calls after them.
  const KEYS = {
    title: (g) => g.title.toLocaleLowerCase(),
    deadline: (g) => {
      const s = g.deadline_status || {};
      if (s.state === "open") return "0" + s.next_deadline;
      return { rolling: "1", unknown: "2", closed: "3" }[s.state] || "2";
    },
    amount: (g) => Math.max(0, ...offered(g).map((a) => a.value)),
    applicants: (g) => g.applicant_types.map((c) => t("applicant_" + c)).join(", ").toLocaleLowerCase(),
  };

  // The filters in the address, only those the API knows, empty ones left out.
  function filterParams() {
    const given = new URLSearchParams(location.search);
    const params = new URLSearchParams();
    for (const key of FILTERS) {
      const value = (given.get(key) || "").trim();
      if (value) params.set(key, value);
    }
    return params;
  }

  // What an applicant can get (the call's total, the cap per applicant), in the grant's currency: never
  // what was applied for, awarded or mentioned in passing, nor a rate or a share.
  const OFFERED = ["total", "max_per_applicant"];
  const offered = (g) => g.amounts.filter((a) => OFFERED.includes(a.role));
  // Shown: the offered sums first, then rates and shares, each with its role; other amounts stay in the answers.
  const SHOWN = ["total", "max_per_applicant", "rate", "share"];
  const shown = (g) => g.amounts.filter((a) => SHOWN.includes(a.role))
    .sort((a, b) => SHOWN.indexOf(a.role) - SHOWN.indexOf(b.role))
    .filter((a, i, all) => all.findIndex((b) => b.value === a.value && b.role === a.role) === i);
  const amountText = (a) => (a.currency === "%" ? I18N.number(a.value) + " %" : I18N.money(a)) + " (" + t("role_" + a.role) + ")";

  function compare(a, b) {
    const [x, y] = [KEYS[sort.key](a), KEYS[sort.key](b)];
    const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y), I18N.locale());
    return sort.ascending ? order : -order;
  }


  function deadlineText(g) {
    if (g.withdrawn) return t("withdrawn");  // marked, not hidden
    const s = g.deadline_status || {};
    if (s.state === "closed") return t("deadline_closed_on", { date: s.last_deadline });
    if (s.state === "rolling") return t("deadline_rolling");
    if (s.state !== "open") return t("no_deadline");
    if (s.days_left === 0) return t("deadline_today", { date: s.next_deadline });
    return t("deadline_open", { days: s.days_left, date: s.next_deadline });
  }

  function row(g) {
    const state = (g.deadline_status || {}).state;
    const hidden = (text) => el("span", { class: "visually-hidden" }, ": " + text);
    return el("tr", {},
      el("td", { "data-label": t("col_title") }, el("span", { lang: g.language }, g.title),
        g.issuer ? el("span", { class: "issuer" }, g.issuer) : null),
      el("td", { "data-label": t("col_deadline"), class: g.withdrawn ? "closed" : state === "open" || state === "rolling" ? "open" : state === "closed" ? "closed" : "" },
        deadlineText(g)),
      el("td", { "data-label": t("col_amount") }, shown(g).length ? shown(g).slice(0, 3).map((a) => el("span", { class: "amount" }, amountText(a))) : "–"),
      el("td", { "data-label": t("col_applicants") }, g.applicant_types.map((c) => t("applicant_" + c)).join(", ") || "–"),
      el("td", { class: "actions" },
        el("a", { href: "/?grant=" + encodeURIComponent(g.id) }, t("ask_about"), hidden(g.title)),
        g.deadlines.length ? el("a", { class: "calendar", href: "/deadlines.ics?grant_id=" + encodeURIComponent(g.id) },
          t("add_calendar"), hidden(g.title)) : null));
  }

  function render() {
    document.querySelectorAll("th[data-sort]").forEach((th) => {
      th.setAttribute("aria-sort", th.dataset.sort === sort.key ? (sort.ascending ? "ascending" : "descending") : "none");
    });
    document.querySelector("#grants tbody").replaceChildren(...[...grants].sort(compare).map(row));
  }

  function fillForm() {
    const params = filterParams();
    const typeSelect = document.getElementById("f-type");
    typeSelect.replaceChildren(el("option", { value: "" }, t("filter_any")),
      ...APPLICANT_TYPES.map((code) => el("option", { value: code }, t("applicant_" + code))));
    const countrySelect = document.getElementById("f-country");
    countrySelect.replaceChildren(el("option", { value: "" }, t("filter_any")),
      ...["NO", "SE", "DK"].map((code) => el("option", { value: code }, t("country_" + code))));
    document.getElementById("f-open").checked = params.get("open") === "true";
    for (const [id, key] of [["f-within", "closing_within_days"], ["f-type", "applicant_type"], ["f-country", "country"],
      ["f-issuer", "issuer"], ["f-q", "q"]]) {
      document.getElementById(id).value = params.get(key) || "";
    }
    const query = params.toString() ? "?" + params.toString() : "";
    document.getElementById("subscribe").href = "/deadlines.ics" + query;
    document.getElementById("atom").href = "/grants.atom" + query;
  }

  // Submitting keeps only the filled-in fields in the address: a short link to bookmark or share.
  function submit(event) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.target)) if (String(value).trim()) params.set(key, String(value).trim());
    location.assign("/grants" + (params.toString() ? "?" + params.toString() : ""));
  }

  async function load() {
    const status = document.getElementById("grants-status");
    status.textContent = t("loading");
    const params = filterParams();
    const response = await fetch("/api/grants" + (params.toString() ? "?" + params.toString() : ""));
    const body = await response.json().catch(() => []);
    if (!response.ok) {
      grants = [];
      status.textContent = t("error", { msg: body.error || response.statusText });
    } else {
      grants = body;
      const filtered = [...params.keys()].some((k) => k !== "today");
      status.textContent = filtered ? t("grants_filtered", { n: grants.length })
        : grants.length ? t("grants_count", { n: grants.length }) : t("no_grants");
    }
    render();
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("th[data-sort] button").forEach((button) => {
      button.addEventListener("click", () => {
        const key = button.parentElement.dataset.sort;
        sort = { key, ascending: sort.key === key ? !sort.ascending : true };
        render();
      });
    });
    document.getElementById("grant-filters").addEventListener("submit", submit);
    I18N.onChange(() => { fillForm(); load(); });
    fillForm();
    load();
  });
})();
