"""Everything the bot says, in bokmål, nynorsk, Swedish, Danish and English."""

from __future__ import annotations

import datetime as dt

from knowledge.date_words import format_date as write_date

PHRASES: dict[str, dict[str, str]] = {
    "nb": {
        "about": "Om «{title}»{details}:",
        "yes": "Ja.", "no": "Nei.", "unclear": "Det går ikke fram av kunngjøringen.",
        "yes_applicants": "Ja: {types} kan søke.",
        "no_applicants_named": "Nei: kunngjøringen nevner ikke {types} blant dem som kan søke; disse kan søke: {allowed}.",
        "no_partner_only": "Nei: {types} kan være samarbeidspartnere, men kan ikke søke selv.",
        "no_excluded": "Nei: {types} kan ikke søke.",
        "unclear_applicants": "Det går ikke fram om {types} kan søke; disse kan søke: {allowed}.",
        "yes_together": "Ja: {types} kan søke, og det kan være samarbeid med {partners}.",
        "handled_by": "Søknadene behandles av {who}.",
        "deadline": "Søknadsfristen er {dates}.",
        "deadlines": "Søknadsfristene er {dates}.",
        "passed": "Fristen har gått ut.",
        "open": "Fristen er ikke passert ennå: {days} dager igjen.",
        "today": "Fristen er i dag.",
        "no_deadline": "Kunngjøringen oppgir ingen søknadsfrist.",
        "undated_deadline": "Kunngjøringen oppgir ingen frist med full dato; dette står om søknadstidspunktet:",
        "amounts": "Beløp i kunngjøringen:",
        "no_amount": "Kunngjøringen oppgir ikke noe beløp.",
        "contacts": "Kontaktpersoner:",
        "no_contact": "Kunngjøringen oppgir ingen kontaktperson for tilskuddet.",
        "applicants": "Disse kan søke: {types}.",
        "no_applicants": "Kunngjøringen sier ikke tydelig hvem som kan søke.",
        "address": "Søknaden sendes til: {address}",
        "no_address": "Kunngjøringen sier ikke hvor søknaden skal sendes.",
        "ask": "Spør {who} direkte.",
        "ask_contact": "Spør kontaktpersonen, {who}.",
        "issuer_unknown": "utgiveren av kunngjøringen",
        "not_found": "Jeg fant ikke svaret på dette i kunngjøringene jeg kjenner.",
        "off_topic": "Jeg svarer bare på spørsmål om tilskuddsordningene i kunngjøringene jeg kjenner, "
        "og fant ingen som passer til spørsmålet.",
        "phone": "tlf.", "email": "e-post", "and": "og",
    },
    "nn": {
        "about": "Om «{title}»{details}:",
        "yes": "Ja.", "no": "Nei.", "unclear": "Det går ikkje fram av kunngjeringa.",
        "yes_applicants": "Ja: {types} kan søkje.",
        "no_applicants_named": "Nei: kunngjeringa nemner ikkje {types} blant dei som kan søkje; desse kan søkje: {allowed}.",
        "no_partner_only": "Nei: {types} kan vere samarbeidspartnarar, men kan ikkje søkje sjølve.",
        "no_excluded": "Nei: {types} kan ikkje søkje.",
        "unclear_applicants": "Det går ikkje fram om {types} kan søkje; desse kan søkje: {allowed}.",
        "yes_together": "Ja: {types} kan søkje, og det kan vere samarbeid med {partners}.",
        "handled_by": "Søknadene blir handsama av {who}.",
        "deadline": "Søknadsfristen er {dates}.",
        "deadlines": "Søknadsfristane er {dates}.",
        "passed": "Fristen har gått ut.",
        "open": "Fristen har ikkje gått ut enno: {days} dagar att.",
        "today": "Fristen er i dag.",
        "no_deadline": "Kunngjeringa oppgjev ingen søknadsfrist.",
        "undated_deadline": "Kunngjeringa oppgjev ingen frist med full dato; dette står om når ein kan søkje:",
        "amounts": "Beløp i kunngjeringa:",
        "no_amount": "Kunngjeringa oppgjev ikkje noko beløp.",
        "contacts": "Kontaktpersonar:",
        "no_contact": "Kunngjeringa oppgjev ingen kontaktperson for tilskotet.",
        "applicants": "Desse kan søkje: {types}.",
        "no_applicants": "Kunngjeringa seier ikkje tydeleg kven som kan søkje.",
        "address": "Søknaden skal sendast til: {address}",
        "no_address": "Kunngjeringa seier ikkje kvar søknaden skal sendast.",
        "ask": "Spør {who} direkte.",
        "ask_contact": "Spør kontaktpersonen, {who}.",
        "issuer_unknown": "utgjevaren av kunngjeringa",
        "not_found": "Eg fann ikkje svaret på dette i kunngjeringane eg kjenner.",
        "off_topic": "Eg svarar berre på spørsmål om tilskotsordningane i kunngjeringane eg kjenner, "
        "og fann ingen som passar til spørsmålet.",
        "phone": "tlf.", "email": "e-post", "and": "og",
    },
    "sv": {
        "about": "Om ”{title}”{details}:",
        "yes": "Ja.", "no": "Nej.", "unclear": "Det framgår inte av utlysningen.",
        "yes_applicants": "Ja: {types} kan söka.",
        "no_applicants_named": "Nej: utlysningen nämner inte {types} bland dem som kan söka; följande kan söka: {allowed}.",
        "no_partner_only": "Nej: {types} kan vara samarbetspartner men kan inte söka själva.",
        "no_excluded": "Nej: {types} kan inte söka.",
        "unclear_applicants": "Det framgår inte om {types} kan söka; följande kan söka: {allowed}.",
        "yes_together": "Ja: {types} kan söka, och samarbete med {partners} är möjligt.",
        "handled_by": "Ansökningarna handläggs av {who}.",
        "deadline": "Sista ansökningsdag är {dates}.",
        "deadlines": "Ansökningsdagarna är {dates}.",
        "passed": "Sista ansökningsdag har passerat.",
        "open": "Ansökan är fortfarande öppen: {days} dagar kvar.",
        "today": "Sista ansökningsdag är i dag.",
        "no_deadline": "Utlysningen anger ingen sista ansökningsdag.",
        "undated_deadline": "Utlysningen anger ingen sista dag med fullständigt datum; så här står det om när man kan söka:",
        "amounts": "Belopp i utlysningen:",
        "no_amount": "Utlysningen anger inget belopp.",
        "contacts": "Kontaktpersoner:",
        "no_contact": "Utlysningen anger ingen kontaktperson för bidraget.",
        "applicants": "Följande kan söka: {types}.",
        "no_applicants": "Utlysningen säger inte tydligt vilka som kan söka.",
        "address": "Ansökan skickas till: {address}",
        "no_address": "Utlysningen säger inte vart ansökan ska skickas.",
        "ask": "Fråga {who} direkt.",
        "ask_contact": "Fråga kontaktpersonen, {who}.",
        "issuer_unknown": "den som gett ut utlysningen",
        "not_found": "Jag hittade inte svaret på det här i de utlysningar jag känner till.",
        "off_topic": "Jag svarar bara på frågor om bidragen i de utlysningar jag känner till, "
        "och hittade inget som passar frågan.",
        "phone": "tfn", "email": "e-post", "and": "och",
    },
    "da": {
        "about": "Om »{title}«{details}:",
        "yes": "Ja.", "no": "Nej.", "unclear": "Det fremgår ikke af opslaget.",
        "yes_applicants": "Ja: {types} kan søge.",
        "no_applicants_named": "Nej: opslaget nævner ikke {types} blandt dem, der kan søge; disse kan søge: {allowed}.",
        "no_partner_only": "Nej: {types} kan være samarbejdspartnere, men kan ikke selv søge.",
        "no_excluded": "Nej: {types} kan ikke søge.",
        "unclear_applicants": "Det fremgår ikke, om {types} kan søge; disse kan søge: {allowed}.",
        "yes_together": "Ja: {types} kan søge, og der kan være samarbejde med {partners}.",
        "handled_by": "Ansøgningerne behandles af {who}.",
        "deadline": "Ansøgningsfristen er {dates}.",
        "deadlines": "Ansøgningsfristerne er {dates}.",
        "passed": "Fristen er overskredet.",
        "open": "Fristen er ikke overskredet endnu: {days} dage tilbage.",
        "today": "Fristen er i dag.",
        "no_deadline": "Opslaget angiver ingen ansøgningsfrist.",
        "undated_deadline": "Opslaget angiver ingen frist med fuld dato; sådan står der om, hvornår man kan søge:",
        "amounts": "Beløb i opslaget:",
        "no_amount": "Opslaget angiver intet beløb.",
        "contacts": "Kontaktpersoner:",
        "no_contact": "Opslaget angiver ingen kontaktperson for tilskuddet.",
        "applicants": "Disse kan søge: {types}.",
        "no_applicants": "Opslaget siger ikke tydeligt, hvem der kan søge.",
        "address": "Ansøgningen sendes til: {address}",
        "no_address": "Opslaget siger ikke, hvor ansøgningen skal sendes.",
        "ask": "Spørg {who} direkte.",
        "ask_contact": "Spørg kontaktpersonen, {who}.",
        "issuer_unknown": "udgiveren af opslaget",
        "not_found": "Jeg fandt ikke svaret på dette i de opslag, jeg kender.",
        "off_topic": "Jeg svarer kun på spørgsmål om tilskudsordningerne i de opslag, jeg kender, "
        "og fandt ingen, der passer til spørgsmålet.",
        "phone": "tlf.", "email": "e-mail", "and": "og",
    },
    "en": {
        "about": "About “{title}”{details}:",
        "yes": "Yes.", "no": "No.", "unclear": "The announcement does not say.",
        "yes_applicants": "Yes: {types} may apply.",
        "no_applicants_named": "No: the announcement does not name {types} among those who may apply; who may apply: {allowed}.",
        "no_partner_only": "No: {types} may be partners but cannot apply themselves.",
        "no_excluded": "No: {types} may not apply.",
        "unclear_applicants": "The announcement does not say whether {types} may apply; who may apply: {allowed}.",
        "yes_together": "Yes: {types} may apply, and may work together with {partners}.",
        "handled_by": "Applications are handled by {who}.",
        "deadline": "The application deadline is {dates}.",
        "deadlines": "The application deadlines are {dates}.",
        "passed": "The deadline has passed.",
        "open": "The call is still open: {days} days left.",
        "today": "The deadline is today.",
        "no_deadline": "The announcement states no application deadline.",
        "undated_deadline": "The announcement gives no deadline with a full date; this is what it says about when to apply:",
        "amounts": "Amounts in the announcement:",
        "no_amount": "The announcement states no amount.",
        "contacts": "Contacts:",
        "no_contact": "The announcement names no contact person for the grant.",
        "applicants": "Who may apply: {types}.",
        "no_applicants": "The announcement does not say clearly who may apply.",
        "address": "Send the application to: {address}",
        "no_address": "The announcement does not say where to send the application.",
        "ask": "Ask {who} directly.",
        "ask_contact": "Ask the contact person, {who}.",
        "issuer_unknown": "the publisher of the announcement",
        "not_found": "I could not find the answer to this in the announcements I know.",
        "off_topic": "I only answer questions about the grants in the announcements I know, "
        "and found none that fits this question.",
        "phone": "phone", "email": "e-mail", "and": "and",
    },
}

APPLICANT_NAMES: dict[str, dict[str, str]] = {
    "nb": {"municipality": "kommuner", "county_municipality": "fylkeskommuner", "region": "regioner/landsting",
           "county_administration": "statsforvaltere", "hospital_trust": "helseforetak",
           "state_agency": "statlige virksomheter", "ngo": "frivillige organisasjoner", "company": "bedrifter",
           "research_institution": "forskningsinstitusjoner", "individual": "privatpersoner"},
    "nn": {"municipality": "kommunar", "county_municipality": "fylkeskommunar", "region": "regionar/landsting",
           "county_administration": "statsforvaltarar", "hospital_trust": "helseføretak",
           "state_agency": "statlege verksemder", "ngo": "frivillige organisasjonar", "company": "bedrifter",
           "research_institution": "forskingsinstitusjonar", "individual": "privatpersonar"},
    "sv": {"municipality": "kommuner", "county_municipality": "fylkeskommuner", "region": "regioner/landsting",
           "county_administration": "länsstyrelser", "hospital_trust": "sjukhus",
           "state_agency": "statliga myndigheter", "ngo": "ideella organisationer", "company": "företag",
           "research_institution": "forskningsinstitutioner", "individual": "privatpersoner"},
    "da": {"municipality": "kommuner", "county_municipality": "amter/fylkeskommuner", "region": "regioner",
           "county_administration": "statsforvaltninger", "hospital_trust": "sygehuse",
           "state_agency": "statslige myndigheder", "ngo": "frivillige organisationer", "company": "virksomheder",
           "research_institution": "forskningsinstitutioner", "individual": "privatpersoner"},
    "en": {"municipality": "municipalities", "county_municipality": "county municipalities",
           "region": "regions", "county_administration": "county governors", "hospital_trust": "hospital trusts",
           "state_agency": "state agencies", "ngo": "non-profit organisations", "company": "companies",
           "research_institution": "research institutions", "individual": "individuals"},
}

# What each amount is (knowledge.models.AmountRole), as the answer says it after the amount.
ROLE_NAMES: dict[str, dict[str, str]] = {
    "nb": {"total": "til fordeling i alt", "max_per_applicant": "høyst per søker", "rate": "sats",
           "share": "andel", "applied_for": "det søkerne søkte om", "awarded": "allerede tildelt",
           "context": "nevnt i annen sammenheng"},
    "nn": {"total": "til fordeling i alt", "max_per_applicant": "høgst per søkjar", "rate": "sats",
           "share": "del", "applied_for": "det søkjarane søkte om", "awarded": "alt tildelt",
           "context": "nemnt i anna samanheng"},
    "sv": {"total": "totalt att fördela", "max_per_applicant": "högst per sökande", "rate": "sats",
           "share": "andel", "applied_for": "det som söktes", "awarded": "redan beviljat",
           "context": "nämnt i annat sammanhang"},
    "da": {"total": "i alt til fordeling", "max_per_applicant": "højst per ansøger", "rate": "sats",
           "share": "andel", "applied_for": "det ansøgerne søgte om", "awarded": "allerede tildelt",
           "context": "nævnt i anden sammenhæng"},
    "en": {"total": "total available", "max_per_applicant": "maximum per applicant", "rate": "rate",
           "share": "share", "applied_for": "applied for", "awarded": "awarded", "context": "other context"},
}


def role_name(language: str, role: str) -> str:
    """What an amount of ``role`` is, in ``language`` (bokmål when the language is unknown)."""
    return ROLE_NAMES.get(language, ROLE_NAMES["nb"])[role]


def say(language: str, key: str, **values: object) -> str:
    """The phrase ``key`` in ``language`` (bokmål when the language is unknown), filled in."""
    table = PHRASES.get(language, PHRASES["nb"])
    return table[key].format(**values)


def format_date(day: dt.date, language: str) -> str:
    """A date as people write it in ``language`` (bokmål when the language is unknown)."""
    return write_date(day, language, fallback="nb")


def join_list(items: list[str], language: str) -> str:
    """"a, b og c" in the language's own word for "and"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {say(language, 'and')} " + items[-1]
