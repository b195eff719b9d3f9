"""The bot's own words in Slack, in each answer language (nb, nn, sv, da, en)."""

from __future__ import annotations

# nn falls back to nb, every language to en: a missing phrase shows in a neighbour language, never as a key.
_FALLBACK = {"nn": "nb", "nb": "en", "sv": "en", "da": "en"}

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "alternatives": "Another announcement may be meant; ask the same about:",
        "pick_grant": "Choose a grant.",
        "escalation_failed": "{user} I could not reach the caseworkers in {channel}, so nobody was notified.",
        "helpful": "Helpful", "not_helpful": "Not helpful", "ask_caseworker": "Ask a caseworker",
        "show_quotes": "Show quotes", "sources": "Sources", "quotes_title": "Sources, verbatim", "close": "Close",
        "deadline_open": "Open: next deadline {date} ({days} days left)",
        "deadline_closed": "Closed: the announcement gives no deadline after today",
        "thanks": "Thanks for the feedback.",
        "thanks_not_helpful": "Thanks. Press *Ask a caseworker* if you want a person to follow up.",
        "escalated": "{user} I have passed your question to the caseworkers in {channel}; "
                     "one of them will follow up here.",
        "escalated_no_channel": "{user} No caseworker channel is set up for this bot yet, so nobody was notified.",
        "already_escalated": "This question has already been passed to the caseworkers.",
        "contact_offer": "The announcement names a contact: {contacts}",
        "escalation_title": "Question for a caseworker from {user}",
        "question": "Question", "answer": "Answer", "open_thread": "Open the thread",
        "error": "Sorry, something went wrong on my side. Please try again in a minute.",
        "help": "Ask me about a grant, for example “When is the deadline?”, "
                "or type `{command} check` for the eligibility self-check.",
        "unknown_answer": "I can no longer find that answer; please ask again.",
        "no_grants": "No grants yet: ask an administrator to run `grantbot ingest --sample`.",
        "check_title": "Eligibility check", "check_submit": "Check", "grant": "Grant",
        "applicant_type": "Applicant type", "country": "Country", "municipality": "Municipality",
        "population": "Population", "partners": "Partners", "requested_amount": "Amount applied for",
        "no_partners": "No partners", "partners_conflict": "Choose either “No partners” or partners, not both.",
        "eligible": "Eligible", "not_eligible": "Not eligible", "undetermined": "Not settled yet",
        "missing": "To settle it, tell me: {fields}", "max_amount": "Maximum amount: {amount}",
        "check_for": "Eligibility check: {title}",
    },
    "nb": {
        "alternatives": "Kanskje en annen utlysning er ment; still samme spørsmål om:",
        "pick_grant": "Velg et tilskudd.",
        "escalation_failed": "{user} Jeg nådde ikke saksbehandlerne i {channel}, så ingen ble varslet.",
        "helpful": "Nyttig", "not_helpful": "Ikke nyttig", "ask_caseworker": "Spør en saksbehandler",
        "show_quotes": "Vis sitater", "sources": "Kilder", "quotes_title": "Kilder, ordrett", "close": "Lukk",
        "deadline_open": "Åpen: neste frist {date} ({days} dager igjen)",
        "deadline_closed": "Stengt: utlysningen oppgir ingen frist etter i dag",
        "thanks": "Takk for tilbakemeldingen.",
        "thanks_not_helpful": "Takk. Trykk *Spør en saksbehandler* hvis du vil at en person følger opp.",
        "escalated": "{user} Jeg har sendt spørsmålet ditt til saksbehandlerne i {channel}; "
                     "en av dem følger opp her.",
        "escalated_no_channel": "{user} Ingen saksbehandlerkanal er satt opp ennå, så ingen ble varslet.",
        "already_escalated": "Dette spørsmålet er allerede sendt til saksbehandlerne.",
        "contact_offer": "Utlysningen oppgir en kontaktperson: {contacts}",
        "escalation_title": "Spørsmål til saksbehandler fra {user}",
        "question": "Spørsmål", "answer": "Svar", "open_thread": "Åpne tråden",
        "error": "Beklager, noe gikk galt hos meg. Prøv igjen om et minutt.",
        "help": "Spør meg om et tilskudd, for eksempel «Når er søknadsfristen?», "
                "eller skriv `{command} sjekk` for å sjekke om dere kan søke.",
        "unknown_answer": "Jeg finner ikke det svaret lenger; spør gjerne på nytt.",
        "no_grants": "Ingen tilskudd ennå: be en administrator kjøre `grantbot ingest --sample`.",
        "check_title": "Kan vi søke?", "check_submit": "Sjekk", "grant": "Tilskudd",
        "applicant_type": "Søkertype", "country": "Land", "municipality": "Kommune",
        "population": "Innbyggertall", "partners": "Samarbeidspartnere", "requested_amount": "Omsøkt beløp",
        "no_partners": "Ingen partnere", "partners_conflict": "Velg enten «Ingen partnere» eller partnere.",
        "eligible": "Kan søke", "not_eligible": "Kan ikke søke", "undetermined": "Ikke avklart ennå",
        "missing": "For å avklare, oppgi: {fields}", "max_amount": "Høyeste beløp: {amount}",
        "check_for": "Sjekk: {title}",
    },
    "nn": {
        "alternatives": "Kanskje ei anna utlysing er meint; still same spørsmål om:",
        "helpful": "Nyttig", "not_helpful": "Ikkje nyttig", "ask_caseworker": "Spør ein sakshandsamar",
        "show_quotes": "Vis sitat", "sources": "Kjelder", "quotes_title": "Kjelder, ordrett",
        "deadline_open": "Open: neste frist {date} ({days} dagar att)",
        "deadline_closed": "Stengd: utlysinga gjev ingen frist etter i dag",
        "thanks": "Takk for tilbakemeldinga.",
        "error": "Orsak, noko gjekk gale hos meg. Prøv att om eit minutt.",
    },
    "sv": {
        "alternatives": "Kanske menas en annan utlysning; ställ samma fråga om:",
        "pick_grant": "Välj ett bidrag.",
        "escalation_failed": "{user} Jag nådde inte handläggarna i {channel}, så ingen fick besked.",
        "helpful": "Hjälpsamt", "not_helpful": "Inte hjälpsamt", "ask_caseworker": "Fråga en handläggare",
        "show_quotes": "Visa citat", "sources": "Källor", "quotes_title": "Källor, ordagrant", "close": "Stäng",
        "deadline_open": "Öppen: nästa sista dag {date} ({days} dagar kvar)",
        "deadline_closed": "Stängd: utlysningen anger ingen sista dag efter i dag",
        "thanks": "Tack för återkopplingen.",
        "thanks_not_helpful": "Tack. Tryck *Fråga en handläggare* om du vill att en person följer upp.",
        "escalated": "{user} Jag har skickat din fråga till handläggarna i {channel}; "
                     "någon av dem följer upp här.",
        "escalated_no_channel": "{user} Ingen handläggarkanal är inställd ännu, så ingen fick besked.",
        "already_escalated": "Den här frågan har redan skickats till handläggarna.",
        "contact_offer": "Utlysningen anger en kontaktperson: {contacts}",
        "question": "Fråga", "answer": "Svar", "open_thread": "Öppna tråden",
        "error": "Förlåt, något gick fel hos mig. Försök igen om en minut.",
        "help": "Fråga mig om ett bidrag, till exempel ”När är sista ansökningsdag?”, "
                "eller skriv `{command} kolla` för att se om ni kan söka.",
        "check_title": "Kan vi söka?", "check_submit": "Kolla", "grant": "Bidrag",
        "applicant_type": "Sökandetyp", "country": "Land", "municipality": "Kommun",
        "population": "Invånarantal", "partners": "Samarbetspartner", "requested_amount": "Sökt belopp",
        "no_partners": "Inga partner", "eligible": "Kan söka", "not_eligible": "Kan inte söka",
        "undetermined": "Inte avgjort än", "missing": "För att avgöra, ange: {fields}",
        "max_amount": "Högsta belopp: {amount}", "check_for": "Kontroll: {title}",
    },
    "da": {
        "alternatives": "Måske menes et andet opslag; stil samme spørgsmål om:",
        "pick_grant": "Vælg en pulje.",
        "escalation_failed": "{user} Jeg kunne ikke nå sagsbehandlerne i {channel}, så ingen fik besked.",
        "helpful": "Nyttigt", "not_helpful": "Ikke nyttigt", "ask_caseworker": "Spørg en sagsbehandler",
        "show_quotes": "Vis citater", "sources": "Kilder", "quotes_title": "Kilder, ordret", "close": "Luk",
        "deadline_open": "Åben: næste frist {date} ({days} dage tilbage)",
        "deadline_closed": "Lukket: opslaget angiver ingen frist efter i dag",
        "thanks": "Tak for tilbagemeldingen.",
        "thanks_not_helpful": "Tak. Tryk *Spørg en sagsbehandler*, hvis du vil have en person til at følge op.",
        "escalated": "{user} Jeg har sendt dit spørgsmål til sagsbehandlerne i {channel}; "
                     "en af dem følger op her.",
        "escalated_no_channel": "{user} Der er endnu ingen sagsbehandlerkanal, så ingen fik besked.",
        "already_escalated": "Dette spørgsmål er allerede sendt til sagsbehandlerne.",
        "contact_offer": "Opslaget nævner en kontaktperson: {contacts}",
        "question": "Spørgsmål", "answer": "Svar", "open_thread": "Åbn tråden",
        "error": "Beklager, noget gik galt hos mig. Prøv igen om et minut.",
        "help": "Spørg mig om en pulje, for eksempel »Hvornår er ansøgningsfristen?«, "
                "eller skriv `{command} tjek` for at se, om I kan søge.",
        "check_title": "Kan vi søge?", "check_submit": "Tjek", "grant": "Pulje",
        "applicant_type": "Ansøgertype", "country": "Land", "municipality": "Kommune",
        "population": "Indbyggertal", "partners": "Partnere", "requested_amount": "Ansøgt beløb",
        "no_partners": "Ingen partnere", "eligible": "Kan søge", "not_eligible": "Kan ikke søge",
        "undetermined": "Ikke afklaret endnu", "missing": "For at afklare det, oplys: {fields}",
        "max_amount": "Højeste beløb: {amount}", "check_for": "Tjek: {title}",
    },
}

APPLICANT_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "municipality": "Municipality", "county_municipality": "County municipality", "region": "Region",
        "county_administration": "County administration", "hospital_trust": "Hospital trust",
        "state_agency": "State agency", "ngo": "Voluntary organisation", "company": "Company",
        "research_institution": "Research institution", "individual": "Individual",
    },
    "nb": {
        "municipality": "Kommune", "county_municipality": "Fylkeskommune", "region": "Region",
        "county_administration": "Statsforvalter", "hospital_trust": "Helseforetak",
        "state_agency": "Statlig virksomhet", "ngo": "Frivillig organisasjon", "company": "Bedrift",
        "research_institution": "Forskningsinstitusjon", "individual": "Privatperson",
    },
    "sv": {
        "municipality": "Kommun", "county_municipality": "Region (landsting)", "region": "Region",
        "county_administration": "Länsstyrelse", "hospital_trust": "Sjukvårdshuvudman",
        "state_agency": "Statlig myndighet", "ngo": "Ideell förening", "company": "Företag",
        "research_institution": "Forskningsinstitution", "individual": "Privatperson",
    },
    "da": {
        "municipality": "Kommune", "county_municipality": "Amtskommune", "region": "Region",
        "county_administration": "Statsforvaltning", "hospital_trust": "Sygehus",
        "state_agency": "Statslig myndighed", "ngo": "Frivillig forening", "company": "Virksomhed",
        "research_institution": "Forskningsinstitution", "individual": "Privatperson",
    },
}

RULE_LABELS: dict[str, dict[str, str]] = {
    "en": {"deadline": "Deadline", "applicant_type": "Applicant type", "country": "Country",
           "partners": "Partners", "population": "Population", "max_amount": "Amount", "co_funding": "Co-funding"},
    "nb": {"deadline": "Frist", "applicant_type": "Søkertype", "country": "Land", "partners": "Samarbeid",
           "population": "Innbyggertall", "max_amount": "Beløp", "co_funding": "Egenandel"},
    "sv": {"deadline": "Sista dag", "applicant_type": "Sökande", "country": "Land", "partners": "Samverkan",
           "population": "Invånarantal", "max_amount": "Belopp", "co_funding": "Medfinansiering"},
    "da": {"deadline": "Frist", "applicant_type": "Ansøgertype", "country": "Land", "partners": "Partnere",
           "population": "Indbyggertal", "max_amount": "Beløb", "co_funding": "Egenfinansiering"},
}

# The word after the slash command that opens the self-check, and the language it implies.
CHECK_WORDS = {"check": "en", "sjekk": "nb", "kolla": "sv", "tjek": "da"}


def phrase(language: str | None, key: str, **values: object) -> str:
    """The phrase ``key`` in ``language`` (or its nearest fallback), filled with ``values``."""
    lang = language if language in PHRASES else "en"
    while key not in PHRASES[lang] and lang != "en":
        lang = _FALLBACK[lang]
    text = PHRASES[lang][key]
    return text.format(**values) if values else text


def rule_label(language: str | None, rule_id: str) -> str:
    """A caseworker's name for an eligibility rule kind (``deadline`` → ``Frist``); unknown kinds as they are."""
    lang = "nb" if language == "nn" else language
    return RULE_LABELS.get(lang or "en", RULE_LABELS["en"]).get(rule_id, rule_id)


def applicant_label(language: str | None, code: str) -> str:
    """A human name for an applicant type code."""
    lang = "nb" if language == "nn" else language
    return APPLICANT_LABELS.get(lang or "en", APPLICANT_LABELS["en"]).get(code, code)
