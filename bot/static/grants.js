// The grant list: every grant from GET /api/grants, sortable by column, each with a link to ask about it.
"use strict";
(function () {
  const t = (key, vars) => I18N.t(key, vars);
  let grants = [];
  let sort = { key: "deadline", ascending: true };

  // Open calls first, soonest deadline first; closed and undated calls after them.
  const KEYS = {
    title: (g) => g.title.toLocaleLowerCase(),
    deadline: (g) => (g.deadline_status && g.deadline_status.open && g.deadline_status.next_deadline) || "9999",
    amount: (g) => Math.max(0, ...offered(g).map((a) => a.value)),
    applicants: (g) => g.applicant_types.map((c) => t("applicant_" + c)).join(", ").toLocaleLowerCase(),
  };

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
    const s = g.deadline_status;
    if (!s) return t("no_deadline");
    if (!s.open) return t("deadline_closed");
    if (s.days_left === 0) return t("deadline_today", { date: s.next_deadline });
    return s.next_deadline ? t("deadline_open", { days: s.days_left, date: s.next_deadline }) : t("no_deadline");
  }

  function row(g) {
    const open = g.deadline_status && g.deadline_status.open;
    return el("tr", {},
      el("td", {}, el("span", { lang: g.language }, g.title), g.issuer ? el("span", { class: "issuer" }, g.issuer) : null),
      el("td", { class: open ? "open" : "closed" }, deadlineText(g)),
      el("td", {}, shown(g).length ? shown(g).slice(0, 3).map((a) => el("span", { class: "amount" }, amountText(a))) : "–"),
      el("td", {}, g.applicant_types.map((c) => t("applicant_" + c)).join(", ") || "–"),
      el("td", {}, el("a", { href: "/?grant=" + encodeURIComponent(g.id) }, t("ask_about"),
        el("span", { class: "visually-hidden" }, ": " + g.title))));
  }

  function render() {
    document.querySelectorAll("th[data-sort]").forEach((th) => {
      th.setAttribute("aria-sort", th.dataset.sort === sort.key ? (sort.ascending ? "ascending" : "descending") : "none");
    });
    document.querySelector("#grants tbody").replaceChildren(...[...grants].sort(compare).map(row));
  }

  async function load() {
    const status = document.getElementById("grants-status");
    status.textContent = t("loading");
    const response = await fetch("/api/grants");
    grants = response.ok ? await response.json() : [];
    status.textContent = grants.length ? t("grants_count", { n: grants.length }) : t("no_grants");
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
    I18N.onChange(() => load());
    load();
  });
})();
