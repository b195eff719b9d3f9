"""Everything the bot says, in bokmål, nynorsk, Swedish, Danish and English."""

from __future__ import annotations

import datetime as dt

from knowledge.date_words import format_date as write_date

PHRASES: dict[str, dict[str, str]] = {
    "nb": {
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
        "from": "Fra «{title}»:",
        "not_found": "Jeg fant ikke svaret på dette i kunngjøringene jeg kjenner.",
        "off_topic": "Jeg svarer bare på spørsmål om tilskuddsordningene i kunngjøringene jeg kjenner, "
        "og fant ingen som passer til spørsmålet.",
        "phone": "tlf.", "email": "e-post", "and": "og",
        # discover: "which grants …?"
        "discover_found": "Tilskudd som passer ({searched}):",
        "discover_none": "Jeg fant ingen tilskudd som passer ({searched}).",
        "discover_more": "Viser de {n} beste av {total}.",
        "f_all": "alle kjente tilskudd", "f_open": "åpne nå", "f_closing": "frist senest {date}",
        "f_applicant": "for {type}", "f_country": "i {country}", "f_issuer": "fra {issuer}", "f_year": "i {year}",
        "f_topic": "om «{topic}»", "f_closed": "også avsluttede",
        "g_open": "åpen, frist {date} {cite}, {days} dager igjen", "g_today": "fristen er i dag, {date} {cite}",
        "g_rolling": "løpende søknad {cite}", "g_closed": "Stengt: fristen er ute ({date} {cite})",
        "g_unknown": "ingen frist oppgitt", "g_amount": "største beløp {amount} {cite}", "g_applicants": "for {types}",
        "country_NO": "Norge", "country_SE": "Sverige", "country_DK": "Danmark",
    },
    "nn": {
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
        "from": "Frå «{title}»:",
        "not_found": "Eg fann ikkje svaret på dette i kunngjeringane eg kjenner.",
        "off_topic": "Eg svarar berre på spørsmål om tilskotsordningane i kunngjeringane eg kjenner, "
        "og fann ingen som passar til spørsmålet.",
        "phone": "tlf.", "email": "e-post", "and": "og",
        # discover: "which grants …?"
        "discover_found": "Tilskot som passar ({searched}):",
        "discover_none": "Eg fann ingen tilskot som passar ({searched}).",
        "discover_more": "Viser dei {n} beste av {total}.",
        "f_all": "alle kjende tilskot", "f_open": "opne no", "f_closing": "frist seinast {date}",
        "f_applicant": "for {type}", "f_country": "i {country}", "f_issuer": "frå {issuer}", "f_year": "i {year}",
        "f_topic": "om «{topic}»", "f_closed": "òg avslutta",
        "g_open": "open, frist {date} {cite}, {days} dagar att", "g_today": "fristen er i dag, {date} {cite}",
        "g_rolling": "løpande søknad {cite}", "g_closed": "Stengd: fristen er ute ({date} {cite})",
        "g_unknown": "ingen frist oppgitt", "g_amount": "største beløp {amount} {cite}", "g_applicants": "for {types}",
        "country_NO": "Noreg", "country_SE": "Sverige", "country_DK": "Danmark",
    },
    "sv": {
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
        "from": "Från ”{title}”:",
        "not_found": "Jag hittade inte svaret på det här i de utlysningar jag känner till.",
        "off_topic": "Jag svarar bara på frågor om bidragen i de utlysningar jag känner till, "
        "och hittade inget som passar frågan.",
        "phone": "tfn", "email": "e-post", "and": "och",
        # discover: "which grants …?"
        "discover_found": "Bidrag som passar ({searched}):",
        "discover_none": "Jag hittade inga bidrag som passar ({searched}).",
        "discover_more": "Visar de {n} bästa av {total}.",
        "f_all": "alla kända bidrag", "f_open": "öppna nu", "f_closing": "sista dag senast {date}",
        "f_applicant": "för {type}", "f_country": "i {country}", "f_issuer": "från {issuer}", "f_year": "år {year}",
        "f_topic": "om ”{topic}”", "f_closed": "även stängda",
        "g_open": "öppen, sista dag {date} {cite}, {days} dagar kvar",
        "g_today": "sista dag är i dag, {date} {cite}",
        "g_rolling": "löpande ansökan {cite}", "g_closed": "Stängd: sista dag har passerat ({date} {cite})",
        "g_unknown": "ingen sista dag angiven", "g_amount": "största belopp {amount} {cite}",
        "g_applicants": "för {types}",
        "country_NO": "Norge", "country_SE": "Sverige", "country_DK": "Danmark",
    },
    "da": {
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
        "from": "Fra »{title}«:",
        "not_found": "Jeg fandt ikke svaret på dette i de opslag, jeg kender.",
        "off_topic": "Jeg svarer kun på spørgsmål om tilskudsordningerne i de opslag, jeg kender, "
        "og fandt ingen, der passer til spørgsmålet.",
        "phone": "tlf.", "email": "e-mail", "and": "og",
        # discover: "which grants …?"
        "discover_found": "Puljer, der passer ({searched}):",
        "discover_none": "Jeg fandt ingen puljer, der passer ({searched}).",
        "discover_more": "Viser de {n} bedste af {total}.",
        "f_all": "alle kendte puljer", "f_open": "åbne nu", "f_closing": "frist senest {date}",
        "f_applicant": "for {type}", "f_country": "i {country}", "f_issuer": "fra {issuer}", "f_year": "i {year}",
        "f_topic": "om »{topic}«", "f_closed": "også lukkede",
        "g_open": "åben, frist {date} {cite}, {days} dage tilbage", "g_today": "fristen er i dag, {date} {cite}",
        "g_rolling": "løbende ansøgning {cite}", "g_closed": "Lukket: fristen er overskredet ({date} {cite})",
        "g_unknown": "ingen frist angivet", "g_amount": "største beløb {amount} {cite}", "g_applicants": "for {types}",
        "country_NO": "Norge", "country_SE": "Sverige", "country_DK": "Danmark",
    },
    "en": {
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
        "from": "From “{title}”:",
        "not_found": "I could not find the answer to this in the announcements I know.",
        "off_topic": "I only answer questions about the grants in the announcements I know, "
        "and found none that fits this question.",
        "phone": "phone", "email": "e-mail", "and": "and",
        # discover: "which grants …?"
        "discover_found": "Grants that match ({searched}):",
        "discover_none": "I found no grant that matches ({searched}).",
        "discover_more": "Showing the best {n} of {total}.",
        "f_all": "all known grants", "f_open": "open now", "f_closing": "deadline by {date}",
        "f_applicant": "for {type}", "f_country": "in {country}", "f_issuer": "from {issuer}", "f_year": "in {year}",
        "f_topic": "about “{topic}”", "f_closed": "closed ones too",
        "g_open": "open, deadline {date} {cite}, {days} days left", "g_today": "the deadline is today, {date} {cite}",
        "g_rolling": "applications at any time {cite}", "g_closed": "Closed: the deadline has passed ({date} {cite})",
        "g_unknown": "no deadline stated", "g_amount": "largest amount {amount} {cite}", "g_applicants": "for {types}",
        "country_NO": "Norway", "country_SE": "Sweden", "country_DK": "Denmark",
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
