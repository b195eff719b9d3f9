// UI text in bokmål, Swedish and English; the language comes from the browser and can be switched.
// Every string is put into the page with textContent, never as HTML.
"use strict";
(function () {
  const T = {
    en: {
      skip: "Skip to content", nav_label: "Main", nav_chat: "Ask", nav_grants: "Grants", language: "Language",
      title_chat: "grantbot – ask about public grants", title_grants: "grantbot – grants",
      title_admin: "grantbot – questions dashboard", title_login: "grantbot – sign in",
      chat_title: "Ask about public grants",
      chat_intro: "Ask in Norwegian, Swedish, Danish or English. Every answer cites the announcement it comes from.",
      conversation: "Conversation", question_label: "Your question",
      question_hint: "Enter sends; Shift+Enter makes a new line.", ask: "Ask", new_conversation: "New conversation",
      you_asked: "You asked:", thinking: "Looking in the announcements…", empty_question: "Write a question first.",
      error: "Something went wrong: {msg}", sources: "Sources", show_source: "show source {n}",
      alternatives: "Did you mean another announcement? Ask the same about:",
      open_announcement: "Open the announcement", deadline_open: "Open: {days} days left (deadline {date})",
      deadline_today: "Open: the deadline is today ({date})", deadline_closed: "Closed: the deadline has passed",
      no_deadline: "No deadline stated", was_helpful: "Was this answer helpful?", helpful: "Helpful",
      not_helpful: "Not helpful", comment_label: "What was missing? (optional)", send: "Send",
      feedback_thanks: "Thank you for your feedback.", new_conv_started: "A new conversation has started.",
      check_title: "Can we apply? Eligibility self-check",
      check_intro: "Fill in what you know. Anything left empty counts as unknown, never as yes or no.",
      check_grant: "Grant", check_type: "Applicant type", check_country: "Country", not_stated: "Not stated",
      country_NO: "Norway", country_SE: "Sweden", country_DK: "Denmark", check_municipality: "Municipality",
      check_population: "Population", check_partners: "Partners", partners_unknown: "Not stated",
      partners_none: "No partners", partners_some: "With partners of these types:",
      partners_pick: "Choose at least one partner type, or another option.",
      check_amount: "Amount to apply for", check_submit: "Check eligibility", checking: "Checking…",
      verdict_eligible: "Eligible", verdict_not_eligible: "Not eligible",
      verdict_undetermined: "Cannot be decided yet", result_for: "Result for {title}: {verdict}",
      rules_caption: "Clause by clause", col_rule: "Rule", col_outcome: "Outcome", col_reason: "Reason",
      col_quote: "From the announcement", outcome_pass: "Met", outcome_fail: "Not met", outcome_unknown: "Unknown",
      missing: "To settle this, tell us: {fields}", max_amount: "Largest amount you can get: {amount}",
      rule_deadline: "Deadline", rule_applicant_type: "Applicant type", rule_country: "Country",
      rule_partners: "Partners", rule_population: "Population", rule_max_amount: "Maximum amount",
      rule_co_funding: "Co-funding",
      field_applicant_type: "applicant type", field_country: "country", field_municipality: "municipality",
      field_population: "population", field_partners: "partners", field_requested_amount: "amount to apply for",
      applicant_municipality: "Municipality", applicant_county_municipality: "County municipality",
      applicant_region: "Region", applicant_county_administration: "County administration",
      applicant_hospital_trust: "Hospital trust", applicant_state_agency: "State agency",
      applicant_ngo: "Voluntary organisation (NGO)", applicant_company: "Company",
      applicant_research_institution: "Research institution", applicant_individual: "Individual",
      grants_title: "Grants",
      grants_intro: "Every announcement grantbot knows, with its deadline status. Sort by a column with its button.",
      grants_caption: "Grants, with deadline, amount and who may apply", col_title: "Grant",
      col_deadline: "Deadline", col_amount: "Amount", col_applicants: "Who may apply", col_ask: "Ask",
      role_total: "total available", role_max_per_applicant: "max. per applicant", role_rate: "rate", role_share: "share",
      ask_about: "Ask about it", ask_about_prompt: "Tell me about the grant “{title}”.",
      grants_count: "{n} grants.", no_grants: "No grants yet: run grantbot ingest --sample.",
      admin_title: "Questions dashboard", sign_out: "Sign out", deflection: "Deflection rate",
      deflection_detail: "{deflected} of {total} questions were answered and neither marked “Not helpful” nor escalated.",
      per_grant: "Questions per grant", per_week: "Questions per week", unanswered: "Top unanswered questions",
      not_helpful_list: "Marked “Not helpful”", export: "Export and retention",
      export_csv: "Download the question log as CSV", no_data: "Nothing yet.", col_count: "Questions",
      col_week: "Week", col_question: "Question", col_times: "Times asked", col_comment: "Comment",
      col_answer: "Answer", col_when: "When", also_asked: "Also asked as: {list}", no_grant: "No single grant",
      retention_on: "Log entries older than {days} days are deleted automatically.",
      retention_off: "No retention period is set (GRANTBOT_RETENTION_DAYS), so entries are kept.",
      login_title: "Sign in to the dashboard", admin_token: "Admin token", sign_in: "Sign in",
      login_failed: "That token is not right, or the dashboard is turned off (GRANTBOT_ADMIN_TOKEN).",
      loading: "Loading…",
    },
    nb: {
      skip: "Gå til innholdet", nav_label: "Hovedmeny", nav_chat: "Spør", nav_grants: "Tilskudd", language: "Språk",
      title_chat: "grantbot – spør om offentlige tilskudd", title_grants: "grantbot – tilskudd",
      title_admin: "grantbot – oversikt over spørsmål", title_login: "grantbot – logg inn",
      chat_title: "Spør om offentlige tilskudd",
      chat_intro: "Spør på norsk, svensk, dansk eller engelsk. Hvert svar viser hvilken utlysning det bygger på.",
      conversation: "Samtale", question_label: "Spørsmålet ditt",
      question_hint: "Enter sender; Shift+Enter gir ny linje.", ask: "Spør", new_conversation: "Ny samtale",
      you_asked: "Du spurte:", thinking: "Leter i utlysningene …", empty_question: "Skriv et spørsmål først.",
      error: "Noe gikk galt: {msg}", sources: "Kilder", show_source: "vis kilde {n}",
      alternatives: "Mente du en annen utlysning? Still samme spørsmål om:",
      open_announcement: "Åpne utlysningen", deadline_open: "Åpen: {days} dager igjen (frist {date})",
      deadline_today: "Åpen: fristen er i dag ({date})", deadline_closed: "Stengt: fristen er ute",
      no_deadline: "Ingen frist oppgitt", was_helpful: "Var svaret nyttig?", helpful: "Nyttig",
      not_helpful: "Ikke nyttig", comment_label: "Hva manglet? (valgfritt)", send: "Send",
      feedback_thanks: "Takk for tilbakemeldingen.", new_conv_started: "En ny samtale er startet.",
      check_title: "Kan vi søke? Sjekk om dere oppfyller kravene",
      check_intro: "Fyll inn det dere vet. Tomme felt regnes som ukjent, aldri som ja eller nei.",
      check_grant: "Tilskudd", check_type: "Søkertype", check_country: "Land", not_stated: "Ikke oppgitt",
      country_NO: "Norge", country_SE: "Sverige", country_DK: "Danmark", check_municipality: "Kommune",
      check_population: "Innbyggertall", check_partners: "Samarbeidspartnere", partners_unknown: "Ikke oppgitt",
      partners_none: "Ingen partnere", partners_some: "Med partnere av disse typene:",
      partners_pick: "Velg minst én partnertype, eller et annet valg.",
      check_amount: "Beløp dere søker om", check_submit: "Sjekk", checking: "Sjekker …",
      verdict_eligible: "Dere kan søke", verdict_not_eligible: "Dere kan ikke søke",
      verdict_undetermined: "Kan ikke avgjøres ennå", result_for: "Resultat for {title}: {verdict}",
      rules_caption: "Krav for krav", col_rule: "Krav", col_outcome: "Resultat", col_reason: "Begrunnelse",
      col_quote: "Fra utlysningen", outcome_pass: "Oppfylt", outcome_fail: "Ikke oppfylt", outcome_unknown: "Ukjent",
      missing: "For å avgjøre dette trenger vi: {fields}", max_amount: "Høyeste beløp dere kan få: {amount}",
      rule_deadline: "Frist", rule_applicant_type: "Søkertype", rule_country: "Land",
      rule_partners: "Samarbeidspartnere", rule_population: "Innbyggertall", rule_max_amount: "Høyeste beløp",
      rule_co_funding: "Egenandel",
      field_applicant_type: "søkertype", field_country: "land", field_municipality: "kommune",
      field_population: "innbyggertall", field_partners: "samarbeidspartnere", field_requested_amount: "beløp",
      applicant_municipality: "Kommune", applicant_county_municipality: "Fylkeskommune",
      applicant_region: "Region", applicant_county_administration: "Statsforvalter",
      applicant_hospital_trust: "Helseforetak", applicant_state_agency: "Statlig virksomhet",
      applicant_ngo: "Frivillig organisasjon", applicant_company: "Bedrift",
      applicant_research_institution: "Forskningsinstitusjon", applicant_individual: "Privatperson",
      grants_title: "Tilskudd",
      grants_intro: "Alle utlysningene grantbot kjenner, med status for fristen. Sorter med knappen i kolonnen.",
      grants_caption: "Tilskudd med frist, beløp og hvem som kan søke", col_title: "Tilskudd",
      col_deadline: "Frist", col_amount: "Beløp", col_applicants: "Hvem kan søke", col_ask: "Spør",
      role_total: "i alt", role_max_per_applicant: "maks. per søker", role_rate: "sats", role_share: "andel",
      ask_about: "Spør om det", ask_about_prompt: "Fortell meg om tilskuddet «{title}».",
      grants_count: "{n} tilskudd.", no_grants: "Ingen tilskudd ennå: kjør grantbot ingest --sample.",
      admin_title: "Oversikt over spørsmål", sign_out: "Logg ut", deflection: "Andel besvart uten saksbehandler",
      deflection_detail: "{deflected} av {total} spørsmål ble besvart uten å bli merket «Ikke nyttig» eller sendt videre.",
      per_grant: "Spørsmål per tilskudd", per_week: "Spørsmål per uke", unanswered: "Ubesvarte spørsmål som går igjen",
      not_helpful_list: "Merket «Ikke nyttig»", export: "Eksport og sletting",
      export_csv: "Last ned spørsmålsloggen som CSV", no_data: "Ingenting ennå.", col_count: "Spørsmål",
      col_week: "Uke", col_question: "Spørsmål", col_times: "Antall ganger", col_comment: "Kommentar",
      col_answer: "Svar", col_when: "Når", also_asked: "Også spurt som: {list}", no_grant: "Ikke ett bestemt tilskudd",
      retention_on: "Loggoppføringer eldre enn {days} dager slettes automatisk.",
      retention_off: "Ingen slettefrist er satt (GRANTBOT_RETENTION_DAYS), så oppføringene beholdes.",
      login_title: "Logg inn på oversikten", admin_token: "Administratornøkkel", sign_in: "Logg inn",
      login_failed: "Nøkkelen er feil, eller oversikten er slått av (GRANTBOT_ADMIN_TOKEN).",
      loading: "Laster …",
    },
    sv: {
      skip: "Gå till innehållet", nav_label: "Huvudmeny", nav_chat: "Fråga", nav_grants: "Bidrag", language: "Språk",
      title_chat: "grantbot – fråga om offentliga bidrag", title_grants: "grantbot – bidrag",
      title_admin: "grantbot – översikt över frågor", title_login: "grantbot – logga in",
      chat_title: "Fråga om offentliga bidrag",
      chat_intro: "Fråga på svenska, norska, danska eller engelska. Varje svar visar vilken utlysning det bygger på.",
      conversation: "Samtal", question_label: "Din fråga",
      question_hint: "Enter skickar; Shift+Enter ger ny rad.", ask: "Fråga", new_conversation: "Nytt samtal",
      you_asked: "Du frågade:", thinking: "Letar i utlysningarna …", empty_question: "Skriv en fråga först.",
      error: "Något gick fel: {msg}", sources: "Källor", show_source: "visa källa {n}",
      alternatives: "Menade du en annan utlysning? Ställ samma fråga om:",
      open_announcement: "Öppna utlysningen", deadline_open: "Öppen: {days} dagar kvar (sista dag {date})",
      deadline_today: "Öppen: sista dagen är i dag ({date})", deadline_closed: "Stängd: sista dagen har passerat",
      no_deadline: "Ingen sista dag angiven", was_helpful: "Var svaret till hjälp?", helpful: "Till hjälp",
      not_helpful: "Inte till hjälp", comment_label: "Vad saknades? (frivilligt)", send: "Skicka",
      feedback_thanks: "Tack för din återkoppling.", new_conv_started: "Ett nytt samtal har börjat.",
      check_title: "Kan vi söka? Kontrollera behörigheten",
      check_intro: "Fyll i det ni vet. Tomma fält räknas som okända, aldrig som ja eller nej.",
      check_grant: "Bidrag", check_type: "Typ av sökande", check_country: "Land", not_stated: "Inte angivet",
      country_NO: "Norge", country_SE: "Sverige", country_DK: "Danmark", check_municipality: "Kommun",
      check_population: "Invånarantal", check_partners: "Samarbetspartner", partners_unknown: "Inte angivet",
      partners_none: "Inga partner", partners_some: "Med partner av dessa typer:",
      partners_pick: "Välj minst en typ av partner, eller ett annat alternativ.",
      check_amount: "Belopp ni söker", check_submit: "Kontrollera", checking: "Kontrollerar …",
      verdict_eligible: "Ni kan söka", verdict_not_eligible: "Ni kan inte söka",
      verdict_undetermined: "Kan inte avgöras ännu", result_for: "Resultat för {title}: {verdict}",
      rules_caption: "Villkor för villkor", col_rule: "Villkor", col_outcome: "Resultat", col_reason: "Motivering",
      col_quote: "Ur utlysningen", outcome_pass: "Uppfyllt", outcome_fail: "Inte uppfyllt", outcome_unknown: "Okänt",
      missing: "För att avgöra detta behöver vi veta: {fields}", max_amount: "Högsta belopp ni kan få: {amount}",
      rule_deadline: "Sista ansökningsdag", rule_applicant_type: "Typ av sökande", rule_country: "Land",
      rule_partners: "Samarbetspartner", rule_population: "Invånarantal", rule_max_amount: "Högsta belopp",
      rule_co_funding: "Medfinansiering",
      field_applicant_type: "typ av sökande", field_country: "land", field_municipality: "kommun",
      field_population: "invånarantal", field_partners: "samarbetspartner", field_requested_amount: "belopp",
      applicant_municipality: "Kommun", applicant_county_municipality: "Region (landsting)",
      applicant_region: "Region", applicant_county_administration: "Länsstyrelse",
      applicant_hospital_trust: "Sjukhus", applicant_state_agency: "Statlig myndighet",
      applicant_ngo: "Ideell organisation", applicant_company: "Företag",
      applicant_research_institution: "Forskningsinstitution", applicant_individual: "Privatperson",
      grants_title: "Bidrag",
      grants_intro: "Alla utlysningar som grantbot känner till, med status för sista dag. Sortera med knappen i kolumnen.",
      grants_caption: "Bidrag med sista dag, belopp och vem som får söka", col_title: "Bidrag",
      col_deadline: "Sista dag", col_amount: "Belopp", col_applicants: "Vem får söka", col_ask: "Fråga",
      role_total: "totalt", role_max_per_applicant: "högst per sökande", role_rate: "sats", role_share: "andel",
      ask_about: "Fråga om det", ask_about_prompt: "Berätta om bidraget ”{title}”.",
      grants_count: "{n} bidrag.", no_grants: "Inga bidrag ännu: kör grantbot ingest --sample.",
      admin_title: "Översikt över frågor", sign_out: "Logga ut", deflection: "Andel besvarade utan handläggare",
      deflection_detail: "{deflected} av {total} frågor besvarades utan att markeras ”Inte till hjälp” eller skickas vidare.",
      per_grant: "Frågor per bidrag", per_week: "Frågor per vecka", unanswered: "Obesvarade frågor som återkommer",
      not_helpful_list: "Markerade ”Inte till hjälp”", export: "Export och gallring",
      export_csv: "Ladda ner frågeloggen som CSV", no_data: "Inget ännu.", col_count: "Frågor",
      col_week: "Vecka", col_question: "Fråga", col_times: "Antal gånger", col_comment: "Kommentar",
      col_answer: "Svar", col_when: "När", also_asked: "Även frågat som: {list}", no_grant: "Inget enskilt bidrag",
      retention_on: "Loggposter äldre än {days} dagar gallras automatiskt.",
      retention_off: "Ingen gallringstid är satt (GRANTBOT_RETENTION_DAYS), så posterna sparas.",
      login_title: "Logga in på översikten", admin_token: "Administratörsnyckel", sign_in: "Logga in",
      login_failed: "Nyckeln är fel, eller översikten är avstängd (GRANTBOT_ADMIN_TOKEN).",
      loading: "Laddar …",
    },
  };
  const STORE = "grantbot.lang";
  const listeners = [];

  function fromBrowser() {
    for (const tag of navigator.languages || [navigator.language || "en"]) {
      const base = tag.toLowerCase().split("-")[0];
      if (["nb", "no", "nn"].includes(base)) return "nb";
      if (base === "sv") return "sv";
      if (base === "en") return "en";
    }
    return "en";
  }

  function stored() {
    try { return localStorage.getItem(STORE); } catch (e) { return null; }
  }

  const I18N = {
    lang: T[stored()] ? stored() : fromBrowser(),
    t(key, vars) {
      let text = (T[this.lang] && T[this.lang][key]) || T.en[key] || key;
      for (const [name, value] of Object.entries(vars || {})) text = text.split("{" + name + "}").join(String(value));
      return text;
    },
    has(key) { return key in T.en; },
    apply(root) {
      (root || document).querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = I18N.t(el.dataset.i18n); });
      (root || document).querySelectorAll("[data-i18n-aria-label]").forEach((el) => {
        el.setAttribute("aria-label", I18N.t(el.dataset.i18nAriaLabel));
      });
    },
    set(lang) {
      if (!T[lang]) return;
      this.lang = lang;
      try { localStorage.setItem(STORE, lang); } catch (e) { /* private mode: the choice lasts this page */ }
      document.documentElement.lang = lang;
      this.apply();
      listeners.forEach((fn) => fn(lang));
    },
    onChange(fn) { listeners.push(fn); },
    locale() { return { nb: "nb-NO", sv: "sv-SE", en: "en-GB" }[this.lang]; },
    number(value) { return new Intl.NumberFormat(this.locale()).format(value); },
    money(amount) { return this.number(amount.value) + " " + amount.currency; },
  };
  window.I18N = I18N;

  // Small DOM helper shared by the page scripts: text only, so nothing from the server becomes markup.
  window.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  };

  // Only web links become links: a document's "javascript:" URL must stay text.
  window.safeUrl = function (url) {
    try {
      const parsed = new URL(url, location.href);
      return ["http:", "https:"].includes(parsed.protocol) ? parsed.href : null;
    } catch (e) { return null; }
  };

  document.addEventListener("DOMContentLoaded", () => {
    document.documentElement.lang = I18N.lang;
    I18N.apply();
    const select = document.getElementById("lang");
    if (select) {
      select.value = I18N.lang;
      select.addEventListener("change", () => I18N.set(select.value));
    }
  });
})();
