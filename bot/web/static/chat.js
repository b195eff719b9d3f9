// The chat page: a conversation over POST /api/ask and the eligibility form over POST /api/check.
// Answers and quotes are shown with textContent only: a document's "<script>" stays visible characters.
"use strict";
(function () {
  const t = (key, vars) => I18N.t(key, vars);
  const SESSION = "grantbot.session";
  const APPLICANT_TYPES = ["municipality", "county_municipality", "region", "county_administration",
    "hospital_trust", "state_agency", "ngo", "company", "research_institution", "individual"];
  let grants = [];
  let exchanges = 0;

  function sessionId() {
    let id = sessionStorage.getItem(SESSION);
    if (!id) {
      id = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()).replace(/[^A-Za-z0-9_-]/g, "");
      sessionStorage.setItem(SESSION, id);
    }
    return id;
  }

  async function postJson(url, body) {
    const response = await fetch(url, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  // "[2]" in an answer becomes a button that opens source 2; everything else stays text.
  function answerParagraph(line, prefix) {
    const p = el("p");
    for (const part of line.split(/(\[\d+\])/)) {
      const mark = part.match(/^\[(\d+)\]$/);
      if (!mark) { p.append(part); continue; }
      const button = el("button", { type: "button", class: "cite", "aria-controls": `${prefix}-src-${mark[1]}` },
        part, el("span", { class: "visually-hidden", text: " " + t("show_source", { n: mark[1] }) }));
      button.addEventListener("click", () => openSource(`${prefix}-src-${mark[1]}`));
      p.append(button);
    }
    return p;
  }

  function openSource(id) {
    const details = document.getElementById(id);
    if (!details) return;
    details.open = true;
    details.querySelector("summary").focus();
  }

  function grantLanguage(grantRef) {
    const grant = grantRef && grants.find((g) => g.id === grantRef.id);
    return grant ? grant.language : null;
  }

  function sourcesList(ans, prefix) {
    const list = el("ol", { class: "sources" });
    for (const c of ans.citations) {
      // Only the announcement's own absolute address: no address means no link, never this page itself.
      const link = /^https?:\/\//i.test(c.url || "") ? safeUrl(c.url) : null;
      list.append(el("li", {},
        el("details", { id: `${prefix}-src-${c.n}` },
          el("summary", {}, `[${c.n}] `, c.title || c.source),
          el("blockquote", { lang: grantLanguage(ans.grant) }, c.quote),
          link ? el("p", {}, el("a", { href: link, rel: "noopener noreferrer" }, t("open_announcement"))) : null)));
    }
    return list;
  }

  function deadlineLine(status) {
    if (!status) return null;
    let text = t("deadline_closed");
    if (status.open && status.days_left === 0) text = t("deadline_today", { date: status.next_deadline });
    else if (status.open && status.next_deadline) text = t("deadline_open", { days: status.days_left, date: status.next_deadline });
    else if (status.open) text = t("no_deadline");
    return el("p", { class: "deadline " + (status.open ? "open" : "closed") }, text);
  }

  function feedbackBox(ans) {
    const box = el("div", { class: "feedback", role: "group", "aria-label": t("was_helpful") });
    const done = el("p", { class: "status", role: "status" });
    const yes = el("button", { type: "button", class: "secondary", "data-feedback": "helpful" }, t("helpful"));
    const no = el("button", { type: "button", class: "secondary", "data-feedback": "not-helpful" }, t("not_helpful"));
    const send = async (helpful, comment) => {
      await postJson("/api/feedback", { answer_id: ans.answer_id, helpful, comment: comment || null })
        .then(() => { box.querySelectorAll("button, textarea").forEach((b) => { b.disabled = true; }); done.textContent = t("feedback_thanks"); })
        .catch((e) => { done.textContent = t("error", { msg: e.message }); });
    };
    yes.addEventListener("click", () => send(true));
    no.addEventListener("click", () => {
      no.setAttribute("aria-pressed", "true");
      yes.disabled = true;
      box.append(commentForm(ans, (comment) => send(false, comment)));
      box.querySelector("textarea").focus();
    });
    box.append(el("span", { class: "feedback-label" }, t("was_helpful")), yes, no, done);
    return box;
  }

  function commentForm(ans, onSend) {
    const id = `comment-${ans.answer_id}`;
    const form = el("form", { class: "comment" },
      el("label", { for: id }, t("comment_label")),
      el("textarea", { id, rows: "2", maxlength: "2000" }),
      el("button", { type: "submit" }, t("send")));
    form.addEventListener("submit", (event) => { event.preventDefault(); onSend(form.querySelector("textarea").value.trim()); });
    return form;
  }

  function showExchange(ans) {
    exchanges += 1;
    const prefix = `a${exchanges}`;
    const article = el("article", { class: "exchange", "aria-labelledby": `${prefix}-q` },
      el("h3", { id: `${prefix}-q`, class: "question" }, el("span", { class: "who" }, t("you_asked") + " "), ans.question),
      ans.intent === "discover" && ans.grants && ans.grants.length ? discoverList(ans, prefix) :
        el("div", { class: "answer" + (ans.answered ? "" : " unanswered"), lang: ans.language },
          ans.answer.split("\n").filter((l) => l.trim()).map((line) => answerParagraph(line, prefix))),
      deadlineLine(ans.deadline_status),
      calendarLinks(ans),
      ans.check && ans.check.rules ? el("details", { class: "answer-check" },
        el("summary", {}, t("rules_caption")), ...checkSummary(ans.check)) : null,
      alternativesBox(ans),
      ans.citations.length ? el("h4", {}, t("sources")) : null,
      ans.citations.length ? sourcesList(ans, prefix) : null,
      feedbackBox(ans));
    document.getElementById("conversation").append(article);
  }

  // "Which grants …?": the answer's lines, one list item per grant with "Ask about it" and its calendar.
  function discoverList(ans, prefix) {
    const lines = ans.answer.split("\n").filter((l) => l.trim());
    const items = ans.grants.map((g, i) => {
      const line = (lines[i + 1] || g.title).replace(/^\d+\.\s*/, "");
      const button = el("button", { type: "button", class: "secondary" }, t("ask_about"),
        el("span", { class: "visually-hidden" }, ": " + g.title));
      button.addEventListener("click", () => askAbout(t("ask_about_prompt", { title: g.title }), g.id, button));
      return el("li", {}, answerParagraph(line, prefix),
        el("div", { class: "grant-actions" }, button,
          g.deadlines.length ? el("a", { href: "/deadlines.ics?grant_id=" + encodeURIComponent(g.id) },
            t("add_calendar"), el("span", { class: "visually-hidden" }, ": " + g.title)) : null));
    });
    return el("div", { class: "answer", lang: ans.language },
      answerParagraph(lines[0], prefix),
      el("ol", { class: "discover", "aria-label": t("discover_list") }, items),
      lines.slice(ans.grants.length + 1).map((line) => answerParagraph(line, prefix)));
  }

  // A discover answer's deadlines as a calendar subscription; one grant's deadlines as "Add to calendar".
  function calendarLinks(ans) {
    if (ans.intent === "discover" && ans.grants && ans.grants.some((g) => g.deadlines.length)) {
      return el("p", { class: "calendar-links" },
        el("a", { href: "/deadlines.ics" + (ans.filters ? "?" + ans.filters : "") }, t("subscribe")));
    }
    if (ans.grant && ans.facts && ans.facts.deadlines && ans.facts.deadlines.length) {
      return el("p", { class: "calendar-links" },
        el("a", { href: "/deadlines.ics?grant_id=" + encodeURIComponent(ans.grant.id) }, t("add_calendar")));
    }
    return null;
  }

  // Close announcements (another year or round): one button each asks the same question about it.
  function alternativesBox(ans) {
    if (!ans.alternatives || !ans.alternatives.length) return null;
    const buttons = ans.alternatives.map((g) => {
      const button = el("button", { type: "button", class: "alternative", lang: ans.language }, g.title);
      button.addEventListener("click", () => askAbout(ans.question, g.id, button));
      return button;
    });
    return el("div", { class: "alternatives" }, el("p", {}, t("alternatives")), ...buttons);
  }

  async function askAbout(question, grantId, button) {
    const status = document.getElementById("ask-status");
    button.disabled = true;
    try {
      showExchange(await postJson("/api/ask", { question, session_id: sessionId(), grant_id: grantId }));
    } catch (e) {
      status.textContent = t("error", { msg: e.message });
    } finally {
      button.disabled = false;
    }
  }

  async function ask(event) {
    event.preventDefault();
    const field = document.getElementById("question");
    const status = document.getElementById("ask-status");
    const question = field.value.trim();
    if (!question) { status.textContent = t("empty_question"); field.focus(); return; }
    if (tooLong(field)) { field.focus(); return; }
    const button = document.getElementById("ask-button");
    button.disabled = true;
    status.textContent = t("thinking");
    try {
      showExchange(await postJson("/api/ask", { question, session_id: sessionId() }));
      field.value = "";
      status.textContent = "";
    } catch (e) {
      status.textContent = t("error", { msg: e.message });
    } finally {
      button.disabled = false;
      field.focus();
    }
  }

  // A long paste is kept whole and the limit is said, as the API says it, instead of cut silently.
  function tooLong(field) {
    const max = I18N.limits.question_chars;
    const count = field.value.trim().length;
    const over = count > max;
    if (over) field.setAttribute("aria-invalid", "true"); else field.removeAttribute("aria-invalid");
    const status = document.getElementById("ask-status");
    if (over) status.textContent = t("question_too_long", { count: I18N.number(count), max: I18N.number(max) });
    else if (field.dataset.wasTooLong) status.textContent = "";
    field.dataset.wasTooLong = over ? "1" : "";
    return over;
  }

  function newConversation() {
    sessionStorage.removeItem(SESSION);
    document.getElementById("conversation").replaceChildren();
    document.getElementById("ask-status").textContent = t("new_conv_started");
    document.getElementById("question").focus();
  }

  // --- the eligibility self-check -------------------------------------------------------------

  function fillCheckOptions() {
    const grantSelect = document.getElementById("check-grant");
    const chosen = grantSelect.value;
    grantSelect.replaceChildren(...grants.map((g) => el("option", { value: g.id, lang: g.language }, g.title)));
    if (chosen) grantSelect.value = chosen;
    showChosenGrant();
    const typeSelect = document.getElementById("check-type");
    const type = typeSelect.value;
    typeSelect.replaceChildren(el("option", { value: "" }, t("not_stated")),
      ...APPLICANT_TYPES.map((code) => el("option", { value: code }, t("applicant_" + code))));
    typeSelect.value = type;
    const boxes = document.getElementById("partner-types");
    const ticked = new Set([...boxes.querySelectorAll("input:checked")].map((b) => b.value));
    boxes.replaceChildren(...APPLICANT_TYPES.map((code) => el("div", { class: "choice" },
      el("input", { type: "checkbox", id: "partner-" + code, name: "partner", value: code, checked: ticked.has(code) }),
      el("label", { for: "partner-" + code }, t("applicant_" + code)))));
  }

  // A closed <select> shows only as much of a title as fits its width; the whole title wraps below it.
  function showChosenGrant() {
    const grant = grants.find((g) => g.id === document.getElementById("check-grant").value);
    const line = document.getElementById("check-grant-title");
    line.textContent = grant ? grant.title : "";
    if (grant) line.setAttribute("lang", grant.language); else line.removeAttribute("lang");
  }

  function profileFromForm(form) {
    const profile = {};
    const value = (name) => form.elements[name].value.trim();
    if (value("applicant_type")) profile.applicant_type = value("applicant_type");
    if (value("country")) profile.country = value("country");
    if (value("municipality")) profile.municipality = value("municipality");
    if (value("population")) profile.population = Math.round(Number(value("population")));
    if (value("requested_amount")) profile.requested_amount = Number(value("requested_amount"));
    const known = form.querySelector("input[name=partners_known]:checked").value;
    if (known === "none") profile.partners = [];
    if (known === "some") {
      profile.partners = [...form.querySelectorAll("input[name=partner]:checked")].map((b) => b.value);
      if (!profile.partners.length) throw new Error(t("partners_pick"));
    }
    return profile;
  }

  function rulesTable(result) {
    const rows = result.rules.map((r) => el("tr", { class: "outcome-" + r.outcome },
      el("th", { scope: "row" }, I18N.has("rule_" + r.id) ? t("rule_" + r.id) : r.id),
      el("td", {}, el("span", { class: "badge " + r.outcome }, t("outcome_" + r.outcome))),
      el("td", {}, r.reason),
      el("td", {}, r.quote ? el("blockquote", { lang: grantLanguage(result.grant) }, r.quote) : "–")));
    // On a phone the table scrolls inside its own keyboard-reachable region, never the page sideways.
    return el("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": t("rules_caption") },
      el("table", { class: "rules" }, el("caption", {}, t("rules_caption")),
        el("thead", {}, el("tr", {}, ["col_rule", "col_outcome", "col_reason", "col_quote"].map((k) => el("th", { scope: "col" }, t(k))))),
        el("tbody", {}, rows)));
  }

  function checkSummary(result) {
    const missing = result.missing.map((f) => (I18N.has("field_" + f) ? t("field_" + f) : f)).join(", ");
    // Only the parts there are: replaceChildren() would write a left-out part (null) as the text "null".
    return [
      result.missing.length ? el("p", {}, t("missing", { fields: missing })) : null,
      result.max_amount ? el("p", {}, t("max_amount", { amount: I18N.money(result.max_amount) })) : null,
      rulesTable(result),
    ].filter(Boolean);
  }

  function showCheck(result) {
    const verdict = t("verdict_" + result.verdict);
    document.getElementById("check-result").replaceChildren(
      el("h3", { class: "verdict " + result.verdict, tabindex: "-1" },
        t("result_for", { title: result.grant.title, verdict })),
      ...checkSummary(result));
    document.querySelector("#check-result h3").focus();
  }

  async function runCheck(event) {
    event.preventDefault();
    const form = event.target;
    const status = document.getElementById("check-status");
    try {
      const body = { grant_id: form.elements.grant_id.value, profile: profileFromForm(form), language: I18N.lang };
      status.textContent = t("checking");
      showCheck(await postJson("/api/check", body));
      status.textContent = "";
    } catch (e) {
      status.textContent = t("error", { msg: e.message });
    }
  }

  async function loadGrants() {
    const response = await fetch("/api/grants");
    grants = response.ok ? await response.json() : [];
    fillCheckOptions();
    const wanted = new URLSearchParams(location.search).get("grant");
    const grant = grants.find((g) => g.id === wanted);
    if (grant) {
      document.getElementById("check-grant").value = grant.id;
      showChosenGrant();
      const field = document.getElementById("question");
      field.value = t("ask_about_prompt", { title: grant.title });
      field.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("ask-form").addEventListener("submit", ask);
    document.getElementById("question").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        document.getElementById("ask-form").requestSubmit();
      }
    });
    document.getElementById("question").addEventListener("input", (event) => tooLong(event.target));
    document.getElementById("new-conversation").addEventListener("click", newConversation);
    document.getElementById("check-form").addEventListener("submit", runCheck);
    document.getElementById("check-grant").addEventListener("change", showChosenGrant);
    // Ticking a partner type means "with partners", so the radio follows the boxes.
    document.getElementById("partner-types").addEventListener("change", () => {
      document.getElementById("partners-some").checked = true;
    });
    I18N.onChange(fillCheckOptions);
    fillCheckOptions();
    loadGrants();
  });
})();
