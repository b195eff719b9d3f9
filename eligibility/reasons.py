"""The reason of each rule outcome, in the asker's language (nb, nn, sv, da, en)."""

from __future__ import annotations

LANGUAGES = ("nb", "nn", "sv", "da", "en")

_TYPES = {
    "municipality": ("kommune", "kommune", "kommun", "kommune", "municipality"),
    "county_municipality": (
        "fylkeskommune",
        "fylkeskommune",
        "fylkeskommun",
        "fylkeskommune",
        "county municipality",
    ),
    "region": ("region", "region", "region", "region", "region"),
    "county_administration": (
        "statsforvalter",
        "statsforvaltar",
        "länsstyrelse",
        "statsforvaltning",
        "county administration",
    ),
    "hospital_trust": (
        "helseforetak/sykehus",
        "helseføretak/sjukehus",
        "sjukhus",
        "sygehus",
        "hospital trust",
    ),
    "state_agency": (
        "statlig etat",
        "statleg etat",
        "statlig myndighet",
        "statslig myndighed",
        "state agency",
    ),
    "ngo": (
        "frivillig organisasjon",
        "frivillig organisasjon",
        "ideell organisation",
        "frivillig organisation",
        "NGO",
    ),
    "company": ("bedrift", "bedrift", "företag", "virksomhed", "company"),
    "research_institution": (
        "forskningsinstitusjon",
        "forskingsinstitusjon",
        "forskningsinstitution",
        "forskningsinstitution",
        "research institution",
    ),
    "individual": ("privatperson", "privatperson", "privatperson", "privatperson", "individual"),
}
_COUNTRIES = {
    "NO": ("Norge", "Noreg", "Norge", "Norge", "Norway"),
    "SE": ("Sverige", "Sverige", "Sverige", "Sverige", "Sweden"),
    "DK": ("Danmark", "Danmark", "Danmark", "Danmark", "Denmark"),
}
_OR = ("eller", "eller", "eller", "eller", "or")
# One template per (rule, outcome key), in the order of LANGUAGES.
_TEMPLATES: dict[str, tuple[str, str, str, str, str]] = {
    "deadline.open": (
        "Søknadsfristen {date} er ikke passert.",
        "Søknadsfristen {date} er ikkje passert.",
        "Sista ansökningsdag {date} har inte passerat.",
        "Ansøgningsfristen {date} er ikke overskredet.",
        "The deadline {date} has not passed.",
    ),
    "deadline.rolling": (
        "Søknader behandles fortløpende.",
        "Søknader vert handsama fortløpande.",
        "Ansökningar tas emot löpande.",
        "Ansøgninger behandles løbende.",
        "Applications are accepted on a rolling basis.",
    ),
    "deadline.closed": (
        "Søknadsfristen {date} er passert.",
        "Søknadsfristen {date} er passert.",
        "Sista ansökningsdag {date} har passerat.",
        "Ansøgningsfristen {date} er overskredet.",
        "The deadline {date} has passed.",
    ),
    "deadline.no_call": (
        "Teksten melder om tildelte midler; den lyser ikke ut noe å søke på.",
        "Teksten melder om tildelte midlar; han lyser ikkje ut noko å søkje på.",
        "Texten meddelar beviljade medel; den utlyser inget att ansöka om.",
        "Teksten meddeler tildelte midler; den udbyder ikke noget at søge.",
        "The text reports awarded funds; it opens no call to apply for.",
    ),
    "deadline.none": (
        "Teksten oppgir ingen søknadsfrist.",
        "Teksten oppgjev ingen søknadsfrist.",
        "Texten anger ingen sista ansökningsdag.",
        "Teksten angiver ingen ansøgningsfrist.",
        "The text states no application deadline.",
    ),
    "applicant_type.ok": (
        "{type} kan søke.",
        "{type} kan søkje.",
        "{type} kan ansöka.",
        "{type} kan søge.",
        "{type} may apply.",
    ),
    "applicant_type.not": (
        "Bare {allowed} kan søke, ikke {type}.",
        "Berre {allowed} kan søkje, ikkje {type}.",
        "Endast {allowed} kan ansöka, inte {type}.",
        "Kun {allowed} kan søge, ikke {type}.",
        "Only {allowed} may apply, not {type}.",
    ),
    "applicant_type.ask": (
        "Hvem kan søke: {allowed}. Hva slags søker er dere?",
        "Kven kan søkje: {allowed}. Kva slags søkjar er de?",
        "Vem kan ansöka: {allowed}. Vilken typ av sökande är ni?",
        "Hvem kan søge: {allowed}. Hvilken type ansøger er I?",
        "Who may apply: {allowed}. What kind of applicant are you?",
    ),
    "applicant_type.none": (
        "Teksten sier ikke hvem som kan søke.",
        "Teksten seier ikkje kven som kan søkje.",
        "Texten anger inte vem som kan ansöka.",
        "Teksten angiver ikke, hvem der kan søge.",
        "The text does not say who may apply.",
    ),
    "country.ok": (
        "Utlyst i {country}{by}; søkere fra {country} kan søke.",
        "Lyst ut i {country}{by}; søkjarar frå {country} kan søkje.",
        "Utlyst i {country}{by}; sökande från {country} kan ansöka.",
        "Udbudt i {country}{by}; ansøgere fra {country} kan søge.",
        "Issued in {country}{by}; applicants from {country} may apply.",
    ),
    "country.not": (
        "Utlyst i {country}{by} for søkere derfra, ikke fra {yours}.",
        "Lyst ut i {country}{by} for søkjarar derifrå, ikkje frå {yours}.",
        "Utlyst i {country}{by} för sökande därifrån, inte från {yours}.",
        "Udbudt i {country}{by} til ansøgere derfra, ikke fra {yours}.",
        "Issued in {country}{by} for applicants there, not from {yours}.",
    ),
    "country.ask": (
        "Utlyst i {country}. Hvilket land hører dere til?",
        "Lyst ut i {country}. Kva land høyrer de til?",
        "Utlyst i {country}. Vilket land hör ni till?",
        "Udbudt i {country}. Hvilket land hører I til?",
        "Issued in {country}. Which country are you in?",
    ),
    "partners.ok": (
        "Dere søker sammen med {partner}, som kravet er.",
        "De søkjer saman med {partner}, slik kravet er.",
        "Ni ansöker tillsammans med {partner}, som kravet är.",
        "I søger sammen med {partner}, som kravet er.",
        "Partners as required: {partner}.",
    ),
    "partners.not": (
        "Søknaden må komme sammen med {needed}.",
        "Søknaden må kome saman med {needed}.",
        "Ansökan måste lämnas tillsammans med {needed}.",
        "Ansøgningen skal komme sammen med {needed}.",
        "The application must be made together with: {needed}.",
    ),
    "partners.ask": (
        "Søknaden må komme sammen med {needed}. Hvem søker dere sammen med?",
        "Søknaden må kome saman med {needed}. Kven søkjer de saman med?",
        "Ansökan måste lämnas tillsammans med {needed}. Vilka ansöker ni tillsammans med?",
        "Ansøgningen skal komme sammen med {needed}. Hvem søger I sammen med?",
        "The application must be made together with: {needed}. Who do you apply with?",
    ),
    "partners.count": (
        "minst {n} kommuner",
        "minst {n} kommunar",
        "minst {n} kommuner",
        "mindst {n} kommuner",
        "at least {n} municipalities",
    ),
    "population.ok": (
        "Innbyggertallet {population} er innenfor grensen.",
        "Innbyggjartalet {population} er innanfor grensa.",
        "Invånarantalet {population} ligger inom gränsen.",
        "Indbyggertallet {population} er inden for grænsen.",
        "The population {population} is within the limit.",
    ),
    "population.not": (
        "Innbyggertallet {population} er utenfor grensen ({bounds}).",
        "Innbyggjartalet {population} er utanfor grensa ({bounds}).",
        "Invånarantalet {population} ligger utanför gränsen ({bounds}).",
        "Indbyggertallet {population} er uden for grænsen ({bounds}).",
        "The population {population} is outside the limit ({bounds}).",
    ),
    "population.ask": (
        "Det er en grense for innbyggertall ({bounds}). Hvor mange innbyggere har dere?",
        "Det er ei grense for innbyggjartal ({bounds}). Kor mange innbyggjarar har de?",
        "Det finns en gräns för invånarantal ({bounds}). Hur många invånare har ni?",
        "Der er en grænse for indbyggertal ({bounds}). Hvor mange indbyggere har I?",
        "There is a population limit ({bounds}). How many inhabitants do you have?",
    ),
    "max_amount.ok": (
        "Beløpet dere søker om er innenfor maksimum {cap}.",
        "Beløpet de søkjer om er innanfor maksimum {cap}.",
        "Beloppet ni ansöker om ryms inom maxbeloppet {cap}.",
        "Beløbet I søger om er inden for maksimum {cap}.",
        "The amount you request is within the maximum of {cap}.",
    ),
    "max_amount.not": (
        "Beløpet dere søker om er over maksimum {cap}.",
        "Beløpet de søkjer om er over maksimum {cap}.",
        "Beloppet ni ansöker om överstiger maxbeloppet {cap}.",
        "Beløbet I søger om overstiger maksimum {cap}.",
        "The amount you request exceeds the maximum of {cap}.",
    ),
    "max_amount.ask": (
        "Maksimum regnes per innbygger. Hvor mange innbyggere har dere?",
        "Maksimum vert rekna per innbyggjar. Kor mange innbyggjarar har de?",
        "Maxbeloppet räknas per invånare. Hur många invånare har ni?",
        "Maksimum beregnes pr. indbygger. Hvor mange indbyggere har I?",
        "The maximum is computed per inhabitant. How many inhabitants do you have?",
    ),
    "co_funding.ok": (
        "Dere oppfyller kravet om egenfinansiering.",
        "De oppfyller kravet om eigenfinansiering.",
        "Ni uppfyller kravet på medfinansiering.",
        "I opfylder kravet om egenfinansiering.",
        "You meet the co-funding requirement.",
    ),
    "co_funding.not": (
        "Kravet om egenfinansiering ({share}) er ikke oppfylt.",
        "Kravet om eigenfinansiering ({share}) er ikkje oppfylt.",
        "Kravet på medfinansiering ({share}) är inte uppfyllt.",
        "Kravet om egenfinansiering ({share}) er ikke opfyldt.",
        "The co-funding requirement ({share}) is not met.",
    ),
    "co_funding.ask": (
        "Det kreves egenfinansiering. Hvor stor andel finansierer dere selv?",
        "Det krevst eigenfinansiering. Kor stor del finansierer de sjølve?",
        "Medfinansiering krävs. Hur stor andel finansierar ni själva?",
        "Der kræves egenfinansiering. Hvor stor en andel finansierer I selv?",
        "Co-funding is required. What share do you fund yourselves?",
    ),
}


def _at(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else LANGUAGES.index("en")


def type_name(code: str, language: str) -> str:
    """The applicant type's name in ``language`` (the code itself when unknown)."""
    return _TYPES[code][_at(language)] if code in _TYPES else code


def type_names(codes: list[str], language: str) -> str:
    """'kommune eller region': the types joined with the language's 'or'."""
    names = [type_name(c, language) for c in codes]
    return f" {_OR[_at(language)]} ".join(names)


def country_name(code: str, language: str) -> str:
    return _COUNTRIES[code][_at(language)] if code in _COUNTRIES else code


def reason(key: str, language: str, **values: object) -> str:
    """The reason for outcome ``key`` ("deadline.open") in ``language``, filled with ``values``."""
    text = _TEMPLATES[key][_at(language)].format(**values)
    return text[:1].upper() + text[1:]
