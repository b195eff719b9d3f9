"""The words for kinds of applicant in nb, nn, sv, da and en, mapped to CONTRACT codes.

Only the plain mention counts: a kind named as a place ("kommunar i Vestland fylkeskommune",
"organisationer inom kommunen"), as a partner ("i samarbeid med sykehus") or inside the name of
an association ("Sveriges Kommuner och Regioner") is not an applicant.
"""

from __future__ import annotations

import re

# Longer and more specific words first: a span taken by one is not read again by a later one.
_VOCABULARY: list[tuple[str, tuple[str, ...]]] = [
    (
        r"individual entrepreneurs?|enkeltpersons?foretak\w*|enskild(?:a)? firm\w*|enkeltmandsvirksomhed\w*|"
        r"aksjeselskap\w*|aktiebolag\w*|anpartsselskab\w*",
        ("company",),
    ),
    (
        r"privatperson\w*|private individuals?|individuals|enskilda personer|enskilda|enkeltpersoner|"
        r"enkeltpersonar|privatpersoner",
        ("individual",),
    ),
    (r"\w*fylkeskommun\w*|county municipalit(?:y|ies)|county authorit(?:y|ies)", ("county_municipality",)),
    (r"county councils?", ("region",)),
    (r"statsforvalter\w*|fylkesm[ae]nn\w*|länsstyrelse\w*|county governors?", ("county_administration",)),
    (
        r"\w*helsef[oø]retak\w*|sykehus(?:et|ene|a)?\b|sjukehus(?:et|a)?\b|sjukhus(?:et|en)?\b|sygehus(?:e|et|ene)?\b|"
        r"hospitals?\b|hospital trusts?",
        ("hospital_trust",),
    ),
    (
        r"statlige (?:virksomheter|etater|institusjoner)|statliga myndigheter|statslige institutioner|"
        r"government agencies|state agencies",
        ("state_agency",),
    ),
    (
        r"offentlige instanser|offentlege instansar|offentliga huvudmän|offentliga aktörer|"
        r"offentlige myndigheder|public bodies|public authorities|public institutions|public entities",
        ("municipality", "county_municipality", "state_agency"),
    ),
    (
        r"universitet\w*|universities|h[øoö]g?skol\w*|høyskol\w*|forskningsinstitu\w*|research institutions?|"
        r"research organi[sz]ations?|lärosäten?|uddannelsesinstitution\w*",
        ("research_institution",),
    ),
    (r"\w*kommun(?:e|er|en|ene|ar|ane|a|erna|erne|s)?\b|municipalit(?:y|ies)", ("municipality",)),
    (r"landsting\w*|region(?:er|erna|erne|ene|ane|ar|s)?\b", ("region",)),
    (
        r"\w*organisa[st]jon(?:er|ar|en|ane|ene)?\b|\w*organi[sz]ations?\b|\w*organisation(?:er|erne|erna|en)\b|"
        r"\w*forening(?:er|en|ene|ar|ane|erne)?\b|\w*förening(?:ar|en|arna)?\b|stiftelse(?:r|n|rna)?\b|"
        r"stiftelserna|\bngo[’']?s?\b|non-profit\w*|ideell\w*|ideel(?:le)?\b|frivillige lag|idrettslag\w*|"
        r"selvejende institution\w*|trossamfunn\w*|lag og foreninger",
        ("ngo",),
    ),
    (
        r"bedrift(?:er|ene|ar|ane)?\b|företag\w*|private virksomheder|virksomheder|compan(?:y|ies)|"
        r"enterprises?|private aktører|private aktørar|privata aktörer|\w*leverandør(?:er|erne)?\b|"
        r"næringsliv\w*|\bbolag\b",
        ("company",),
    ),
]
_PATTERNS = [(re.compile(rf"(?<![\w-]){p}", re.I), codes) for p, codes in _VOCABULARY]

# Associations whose names are made of applicant words.
_ASSOCIATIONS = re.compile(
    r"Sveriges Kommuner och (?:Landsting|Regioner)|Kommunenes Sentralforbund|Kommunernes Landsforening|"
    r"Danske Regioner|Danske Kommuner"
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:i|inom|innen|innenfor|inden for|within|in|hos|utanför|utenfor|uden for)\s+(?!regi\b)(?:\S+\s+){0,2}$",
    re.I,
)
_PARTNER = re.compile(
    r"\b(?:i\s+samarbeid\w*\s+med|i\s+samarbejde\s+med|i\s+samverkan\s+med|i\s+samarbete\s+med|"
    r"tillsammans\s+med|sammen\s+med|saman\s+med|in\s+(?:partnership|cooperation|collaboration)\s+with|"
    r"samarbe\w*\s+(?:nära\s+)?med|samverkar\s+med|mellom\s+\S+\s+og|mellan\s+\S+\s+och)\b",
    re.I,
)


def _partner_spans(text: str) -> list[tuple[int, int]]:
    """Spans naming partners: to the next comma when set off by commas, else to the end."""
    spans = []
    for m in _PARTNER.finditer(text):
        parenthetical = text[: m.start()].rstrip().endswith(",")
        comma = text.find(",", m.end())
        end = comma if parenthetical and comma >= 0 else len(text)
        spans.append((m.start(), end))
    return spans


def applicant_codes(text: str) -> list[tuple[str, int, int]]:
    """(code, start, end) for each applicant word in ``text`` that names a possible applicant."""
    taken = [(m.start(), m.end()) for m in _ASSOCIATIONS.finditer(text)] + _partner_spans(text)
    out: list[tuple[str, int, int]] = []
    for pattern, codes in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if _LOCATIVE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            out += [(code, m.start(), m.end()) for code in codes]
    return sorted(out, key=lambda t: t[1])
