"""The words for kinds of applicant in nb, nn, sv, da and en, mapped to CONTRACT codes.

One vocabulary for the whole program: the extractor reads announcements with it, the eligibility
check reads partner lists with it and the profile parser reads "Vi er en stiftelse" with it.

Only the plain mention counts: a kind named as a place ("kommunar i Vestland fylkeskommune",
"organisationer inom kommunen"), as a partner ("i samarbeid med sykehus", "kan vere samarbeidspartar"),
on whose behalf someone else applies ("på vegne af en boligorganisation"), as a proper name
("Region Värmland", "Austevoll kommune") or inside the name of an association ("Sveriges Kommuner
och Regioner") is not an applicant.
"""

from __future__ import annotations

import re

# Longer and more specific words first: a span taken by one is not read again by a later one.
# Singular, plural, definite and compound forms; nynorsk and Danish forms beside bokmål and Swedish.
VOCABULARY: list[tuple[str, tuple[str, ...]]] = [
    (
        r"individual entrepreneurs?|enkeltpersons?foretak\w*|enkeltpersonføretak\w*|enskild(?:a)? firm\w*|"
        r"enkeltmandsvirksomhed\w*|enkeltvirksomhed\w*|aksjeselskap\w*|aktiebolag\w*|anpartsselskab\w*|"
        r"aktieselskab\w*|sole traders?|enskild(?:a)? näringsidkare|næringsdrivende|iværksætter\w*|"
        r"smv[’']?er|smes?\b|small and medium-sized enterprises",
        ("company",),
    ),
    (
        r"privatperson\w*|private individuals?|individuals|enskilda personer|enskild person|enskilda|"
        r"enkeltpersoner|enkeltpersonar|enkeltperson|private borgere|borgere|medborgare|citizens|"
        r"fysiske personer|fysiska personer|natural persons",
        ("individual",),
    ),
    (r"\w*fylkeskommun\w*|county municipalit(?:y|ies)|county authorit(?:y|ies)", ("county_municipality",)),
    (
        r"county councils?|regional authorit(?:y|ies)|regionalt utvecklingsansvar\w*|regionala utvecklingsansvariga",
        ("region",),
    ),
    (r"statsforvalter\w*|fylkesm[ae]nn\w*|länsstyrelse\w*|county governors?", ("county_administration",)),
    (r"count(?:y|ies)\b", ("county_municipality",)),
    (
        r"\w*helsef[oø]retak\w*|sykehus(?:et|ene|a)?\b|sjukehus(?:et|a)?\b|sjukhus(?:et|en)?\b|sygehus(?:e|et|ene)?\b|"
        r"hospitals?\b|hospital trusts?|health trusts?",
        ("hospital_trust",),
    ),
    (
        r"statlige (?:virksomheter|etater|institusjoner)|statliga myndigheter|statslige institutioner|"
        r"government agencies|state agencies|myndighet(?:er|erna|en)?\b|statsetat\w*",
        ("state_agency",),
    ),
    (
        r"offentlige instanser|offentlege instansar|offentliga huvudmän|offentliga aktörer|"
        r"offentlige myndigheder|public bodies|public authorities|public institutions|public entities",
        ("municipality", "county_municipality", "state_agency"),
    ),
    (
        r"universitet\w*|universities|university|h[øoö]g?skol\w*|høyskol\w*|høgskul\w*|forskningsinstitu\w*|"
        r"research institutions?|research organi[sz]ations?|lärosäten?|uddannelsesinstitution\w*|"
        r"higher education institutions?|"
        r"fou-institusjon\w*|fou-miljø\w*|fagmiljø\w*|forskningsorganisasjon\w*|forskningsmiljø\w*",
        ("research_institution",),
    ),
    (
        r"\w*kommun(?:e|er|en|ene|ar|ane|a|erna|erne|s)?\b|municipalit(?:y|ies)|local authorit(?:y|ies)|"
        r"kommunalbestyrels\w*|"
        r"kommunestyre\w*|kommunfullmäktige|kommunalförbund\w*|interkommunal\w* selskap\w*",
        ("municipality",),
    ),
    (r"landsting\w*|region(?:er|erna|erne|ene|ane|ar|en|s)?\b|regions?\b", ("region",)),
    (
        r"\w*organisa[st]jon(?:er|ar|en|ane|ene|a)?\b|\w*organi[sz]ations?\b|\w*organisation(?:er|erne|erna|en)\b|"
        r"\w*forening(?:er|en|ene|ar|ane|erne)?\b|\w*förening(?:ar|en|arna)?\b|stiftelse(?:r|n|rna|ne)?\b|"
        r"stifting(?:ar|a|ane)?\b|fond(?:er|ene|ar)?\b(?=\s+og\s+stift)|"
        r"\bngo[’']?s?\b|non-profit\w*|ideell\w*|ideel(?:le)?\b|frivillige lag|idrettslag\w*|idrottsklubb\w*|"
        r"selvejende institution\w*|trossamfun[nd]\w*|lag og foreninger|charit(?:y|ies)|voluntary organi[sz]ations?|"
        r"(?:sports\s+)?clubs?\b|associations?\b|foundations\b|"
        r"sammenslutning(?:er)?\b|sammanslutning(?:ar)?\b|samanslutning(?:ar)?\b|klubb(?:ar|er)?\b",
        ("ngo",),
    ),
    (
        r"bedrift(?:er|ene|ar|ane)?\b|företag\w*|private virksomheder|virksomhed(?:er|erne)?\b|compan(?:y|ies)|"
        r"enterprises?|private aktører|private aktørar|privata aktörer|\w*leverandør(?:er|erne)?\b|"
        r"næringsliv\w*|\bbolag\b|selskap(?:er|a|et|ene)?\b|selskab(?:er|et|erne)?\b|firms?\b|business(?:es)?\b",
        ("company",),
    ),
]

# An adjective names the kind of an organisation noun after it: "statlege verksemder",
# "Statlige, fylkeskommunale, kommunale og private institusjoner", "offentlige, private og frivillige aktører".
_ADJECTIVES: list[tuple[str, tuple[str, ...]]] = [
    (r"fylkeskommunal[et]?", ("county_municipality",)),
    (r"kommunal[aet]?|municipal|interkommunal[aet]?", ("municipality",)),
    (
        r"statli?g[ae]?|statleg[et]?|statslig[e]?|statsanerkendt[e]?|state|government(?:al)?",
        ("state_agency",),
    ),
    (r"offentlig[ae]?|offentleg[e]?|public", ("municipality", "county_municipality", "state_agency")),
    (r"privat[ae]?|private", ("company",)),
    (
        r"frivillig[ae]?|ideell[ae]?|ideel(?:le)?|non-profit|voluntary|almennyttig[e]?|allmännyttig[a]?",
        ("ngo",),
    ),
]
_ORGANISATION = (
    r"(?:institusjon\w*|institution\w*|virksomhet\w*|verksemd\w*|virksomhed\w*|verksamhet\w*|myndighet\w*|"
    r"myndighed\w*|aktør\w*|aktör\w*|etat\w*|instans\w*|foretak\w*|føretak\w*|selskap\w*|selskab\w*|enhet\w*|"
    r"enheder|organ(?:er|ene)?|organi[sz]ations?|organisasjon\w*|organisation\w*|bodies|body|entities|actors|"
    r"agencies|agency|authorit\w*|museer|museum|museene|museerna|museums|huvudmän|foreninger|föreningar|"
    r"bolag\w*|sector bodies)"
)
_ADJECTIVE = "|".join(f"(?P<a{k}>{p})" for k, (p, _) in enumerate(_ADJECTIVES))
_ADJ_WORD = re.compile(rf"(?<![\w-])(?:{_ADJECTIVE})(?![\w-])", re.I)
_ADJ_PHRASE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(p for p, _ in _ADJECTIVES)})(?:\s*(?:,|og|och|and|eller|or|samt|/)\s*"
    rf"(?:\w+\s+)??(?:{'|'.join(p for p, _ in _ADJECTIVES)}))*\s+(?:\w+\s+)?{_ORGANISATION}\b",
    re.I,
)
_PATTERNS = [(re.compile(rf"(?<![\w-])(?:{p})", re.I), codes) for p, codes in VOCABULARY]
# For each kind, the patterns that can yield it (see may_name): a noun pattern listing it, and the
# adjective phrases when an adjective names it.
def _naming_patterns() -> dict[str, list[re.Pattern[str]]]:
    out: dict[str, list[re.Pattern[str]]] = {}
    for pattern, codes in _PATTERNS:
        for code in codes:
            out.setdefault(code, []).append(pattern)
    for code in sorted({c for _, codes in _ADJECTIVES for c in codes}):
        out.setdefault(code, []).append(_ADJ_PHRASE)
    return out


_NAMING = _naming_patterns()

# Associations whose names are made of applicant words.
_ASSOCIATIONS = re.compile(
    r"Sveriges Kommuner och (?:Landsting|Regioner)|Kommunenes Sentralforbund|Kommunernes Landsforening|"
    r"Danske Regioner|Danske Kommuner"
)
# "Region Värmland", "Austevoll kommune", "Vestland fylkeskommune": one named body, not a kind.
_NAME_AFTER = re.compile(r"^(?:Region|Kommune|Kommun|Landsting(?:et)?)\s+[A-ZÆØÅÄÖ]")
_SINGULAR = re.compile(r"(?:fylkes)?kommun[e]?|region|landsting|sykehus|sjukhus|sygehus", re.I)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:i|inom|innen|innenfor|inden for|within|in|hos|utanför|utenfor|uden for|fra|frå|från|from)\s+"
    r"(?!regi\b)(?:\S+\s+){0,2}$",
    re.I,
)
_PARTNER = re.compile(
    r"\b(?:i\s+samarbeid\w*\s+med|i\s+samarbejde\s+med|i\s+samverkan\s+med|i\s+samarbete\s+med|"
    r"tillsammans\s+med|sammen\s+med|saman\s+med|together\s+with|in\s+(?:partnership|cooperation|collaboration)\s+with|"
    r"samarbe\w*\s+(?:nära\s+)?med|samverkar\s+med|mellom\s+\S+\s+og|mellan\s+\S+\s+och|"
    r"(?:samarbeids|samarbets|samarbejds)?avtal\w*\s+med|aftale\w*\s+med|agreements?\s+with|"
    r"på\s+vegne\s+a[vf]|på\s+uppdrag\s+av|on\s+behalf\s+of|in\s+association\s+with)\b",
    re.I,
)

PARTNER_CUE = _PARTNER  # one vocabulary: "sammen med sykehus" in a question is read with these words

# "Organisationer med små och medelstora företag som målgrupp": the companies are whom the work is for.
_TARGET_GROUP = re.compile(
    r"\b(?:med|with)\s+[^,.;]{1,60}?\s+(?:som|as)\s+(?:\w+\s+)?(?:målgrupp\w*|målgruppe\w*|target groups?)\b",
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


# "Fylkeskommunen har egne retningslinjer", "Länsstyrelsen bedömer ansökan": the definite singular
# points at one body the reader knows (often the issuer), not at a kind of applicant.
_DEFINITE_SINGULAR = re.compile(
    r"\w*(?:kommunen|regionen|landstinget|länsstyrelsen|statsforvalter(?:en|aren)|fylkesmannen|sykehuset|"
    r"sjukehuset|sjukhuset|sygehuset|foreningen|föreningen|organisasjonen|organisationen|stiftelsen|stiftinga|"
    r"bedriften|företaget|selskapet|selskabet|universitetet|høgskolen|høgskulen|högskolan|helseforetaket|"
    r"myndigheten|kommunalbestyrelsen|kommunestyret)",
    re.I,
)


def definite_singular(word: str) -> bool:
    """True for "kommunen", "Länsstyrelsen", "foreningen": one known body rather than a kind."""
    return bool(_DEFINITE_SINGULAR.fullmatch(word))


def _proper_name(text: str, start: int, end: int) -> bool:
    """True when the word at start:end is part of a name: "Region Värmland", "Austevoll kommune"."""
    if _NAME_AFTER.match(text[start:]):
        return True
    before = text[:start]
    named = re.search(r"(?<![.!?:•\-–]\s)(?<!^)\b[A-ZÆØÅÄÖ][\w-]+\s+$", before)
    return bool(named and _SINGULAR.fullmatch(text[start:end]))


def _adjective_phrases(text: str) -> list[tuple[str, int, int, int]]:
    """(code, start, end, phrase end) for each kind named by adjectives before an organisation noun."""
    out = []
    for phrase in _ADJ_PHRASE.finditer(text):
        for adj in _ADJ_WORD.finditer(text, phrase.start(), phrase.end()):
            k = int(adj.lastgroup[1:])
            out += [(code, adj.start(), adj.end(), phrase.end()) for code in _ADJECTIVES[k][1]]
    return out


def noun_spans(text: str) -> list[tuple[str, int, int]]:
    """(code, start, end) of every applicant word in ``text``, whatever its role (a profile, a partner list)."""
    return _codes(text, in_context=False)


def may_name(text: str, code: str) -> bool:
    """False when ``text`` holds no applicant word of kind ``code`` (noun_spans would find none of it);
    True when it may. Only the patterns that can name ``code`` are tried: a page's sentences are searched
    for one kind, and most name none of it (all patterns took 0.4 ms a sentence)."""
    return any(p.search(text) for p in _NAMING.get(code, ()))


def noun_codes(text: str) -> list[str]:
    """The codes of every applicant word in ``text``, in order of first mention, whatever its role."""
    return list(dict.fromkeys(code for code, _, _ in noun_spans(text)))


def _codes(text: str, in_context: bool) -> list[tuple[str, int, int]]:
    taken = [(m.start(), m.end()) for m in _ASSOCIATIONS.finditer(text)]
    if in_context:
        taken += _partner_spans(text) + [(m.start(), m.end()) for m in _TARGET_GROUP.finditer(text)]
    out: list[tuple[str, int, int]] = []
    phrases = _adjective_phrases(text)
    out += [
        (code, start, end) for code, start, end, _ in phrases if not any(s <= start < e for s, e in taken)
    ]
    taken += [(start, phrase_end) for _, start, _, phrase_end in phrases]
    for pattern, codes in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if in_context and (
                _LOCATIVE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                or _proper_name(text, m.start(), m.end())
            ):
                continue
            out += [(code, m.start(), m.end()) for code in codes]
    return sorted(out, key=lambda t: t[1])


def applicant_codes(text: str) -> list[tuple[str, int, int]]:
    """(code, start, end) for each applicant word in ``text`` that names a possible applicant."""
    return _codes(text, in_context=True)
