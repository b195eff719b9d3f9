"""English grant vocabulary with its Norwegian, Swedish and Danish words, for English questions.

The default embedding model knows English only and the announcements are Nordic, so an English
question ("grant for inclusion of children") shares no words with its announcement ("tilskudd til
inkludering av barn"). Adding the Nordic words of the question's grant vocabulary to the lexical
query lets the stemmed BM25 signals find it. A hand-kept table rather than a translation library:
none is installed offline, and the vocabulary of public grants is small and stable.
"""

from __future__ import annotations

import re

# English term (a regex, matched on word boundaries) -> Nordic words (nb/nn, sv, da).
GLOSSARY: dict[str, str] = {
    r"grants?|subsid(y|ies)": "tilskudd tilskot bidrag statsbidrag tilskud",
    r"state grants?": "statsbidrag statstilskudd",
    r"funding|funds?|money": "midler midlar medel penger pengar",
    r"pool|fund pool": "pulje puljen",
    r"call|calls for proposals|announcement": "utlysning utlysing utlysningen opslag",
    r"deadlines?|closing date": "søknadsfrist frist ansökningsdag ansøgningsfrist",
    r"applications?|apply|applying": "søknad søke ansökan söka ansøgning søge",
    r"requisition\w*": "rekvirera rekvirere rekvirering",
    r"municipalit(y|ies)|local authorit(y|ies)": "kommune kommuner kommun kommunerna",
    r"count(y|ies)|county councils?": "fylke fylkeskommune län landsting",
    r"county governors?|county administrative boards?": "fylkesmannen statsforvalteren länsstyrelsen",
    r"existing": "eksisterende befintliga eksisterende",
    r"improv\w*|upgrad\w*|renovat\w*": "forbedring förbättring renovering ombygging",
    r"regions?": "region regioner regionerna",
    r"organi[sz]ations?|associations?|ngos?|non-profits?|voluntary": "organisasjon organisation förening forening frivillig ideell",
    r"user organi[sz]ations?": "brukerorganisasjon brukarorganisation",
    r"health": "helse hälsa sundhed",
    r"public health": "folkehelse folkhälsa folkesundhed",
    r"mental health|mental ill-?health|psychiatric": "psykisk helse hälsa ohälsa psykiatri",
    r"health promotion": "sundhedsfremme helsefremmende hälsofrämjande",
    r"disease prevention|prevention|preventive|preventing": "forebygging förebyggande forebyggelse sygdomsforebyggelse",
    r"substance[- ]abuse|drugs?|alcohol|addiction": "rus rusarbeid rusmiddel alkohol missbruk misbrug",
    r"tobacco": "tobakk tobak tobaksförebyggande",
    r"elderly|older people|old people|seniors?|aged": "eldre äldre ældre",
    r"loneliness|lonely": "ensomhet ensamhet ensomhed",
    r"child(ren)?|young people|youth|adolescents?": "barn unge ungdom børn",
    r"inclusion|inclusive": "inkludering inkludering inklusion",
    r"famil(y|ies)": "familie familj",
    r"relatives|carers?": "pårørende anhöriga pårørende",
    r"disabilit(y|ies)|disabled": "funksjonsnedsettelse funktionsnedsättning handicap",
    r"neurological": "nevrologisk neurologisk",
    r"rehabilitation": "rehabilitering",
    r"habilitation": "habilitering",
    r"hospices?": "hospice hospicepladser",
    r"hospitals?": "sykehus sjukhus sygehus",
    r"nursing homes?|care homes?": "sykehjem plejehjem äldreboende plejecentre",
    r"care housing|sheltered housing|housing": "omsorgsbolig omsorgsboliger bostäder boliger plejeboliger",
    r"dementia": "demens demensegnede",
    r"kitchens?": "kjøkken kök køkken køkkener",
    r"homel(y|iness)|home-like": "hjemlighed hjemlig",
    r"investment": "investering investeringstilskudd",
    r"welfare technology": "velferdsteknologi välfärdsteknik velfærdsteknologi",
    r"technology|digital": "teknologi digital",
    r"cooperation|collaboration|collaborative|partnership": "samarbeid samverkan samarbejde samhandling",
    r"segregation": "segregation segregering",
    r"violence": "vold våld",
    r"gender equality": "jämställdhet likestilling ligestilling",
    r"protected spaces?|shelters?": "skyddade utrymmen skyddsrum",
    r"additional costs|extra costs": "merkostnader merutgifter",
    r"covid(-19)?|corona(virus)?|pandemic": "covid-19 korona corona",
    r"competence|skills|training": "kompetanse kompetens kompetence",
    r"learning cent(re|er)s?": "lärcentrum",
    r"culture|cultural|arts?": "kultur kunst",
    r"sports?|clubs?": "idrett idrott idræt lag",
    r"operating|operations|running costs": "drift driftsstøtte driftstilskudd",
    r"projects?": "prosjekt projekt",
    r"report(ing)?": "rapport rapportering redovisning",
    r"invoic\w*": "fakturering fakturera",
    r"inheritance fund": "arvsfonden",
    r"social services?|social work": "socialtjänst sosialtjeneste socialområdet",
    r"nationwide|national": "landsdekkende landsomfattande landsdækkende nasjonal nationell",
    r"electronic|e-health": "elektronisk elektroniska",
    r"lighthouses?|flagships?": "fyrtårn fyrtårnskommune",
    r"medical|medicine": "medisinsk medicinsk",
    r"cent(re|er)s?": "senter sentre center centre",
    r"local": "lokal lokale",
    r"rounds?": "runde omgang omgång ansökningsomgång",
    r"split|distribut\w*|allocat\w*": "fordeling fördelning fordeles fördelas",
}
_COMPILED = [(re.compile(rf"\b(?:{en})\b", re.IGNORECASE), nordic) for en, nordic in GLOSSARY.items()]


def nordic_terms(query: str) -> str:
    """The Nordic words for the grant vocabulary an (English) query uses; empty when none."""
    return " ".join(nordic for pattern, nordic in _COMPILED if pattern.search(query))
