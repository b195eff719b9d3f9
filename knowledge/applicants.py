"""Who may apply, as CONTRACT applicant type codes.

The types feed a deterministic eligibility check, so precision comes first. Passages that say
who may apply are read first: a "Hvem kan søke?" section, a list after "Bidrag kan sökas av:",
or the subject or agent of "kan søke", "kan sökas av", "inviterer … til at ansøge". Only when there
is none are weaker cues used: a "Målgruppe" section, "tilskudd til kommuner", "stödja
idrottsföreningar", who carries out the work, the reader a question addresses.

Structure comes before words (knowledge.blocks): a heading such as "Hvem kan søke?",
"Tilskuddsmottakere" or "Ansøgerkreds:" makes the lines under it a statement of who may apply.
Each clause's role then decides (knowledge.clause_roles): denied clauses ("Der gives ikke tilskud
til"), partners ("kan vere samarbeidspartar", "i samarbeid med"), on whose behalf, target groups,
questions and award news are not read as applicants.
"""

from __future__ import annotations

import re

from knowledge.applicant_words import applicant_codes, definite_singular
from knowledge.blocks import lists, sections
from knowledge.clause_roles import INNER_RELATIVE, clauses, negated, reach
from knowledge.footers import content_end
from knowledge.models import ApplicantTypeFact, Document
from knowledge.sentences import Sentence, split_sentences

_GET = (
    r"(?:søke\w*|søkje|søkja|søka|søge|sök\w*|ansök\w*|ansøg\w*|rekvirera|apply|eligible|få|receive|"
    r"modtage|motta|mottaka|opnå|oppnå|erhålla)"
)
# Headings that announce who may apply; the lines under them name applicants.
_WHO_HEADING = re.compile(
    r"^[•\-–*|\s]*(?:(?:hvem|kven|vem|vilka|vilken|hvilke|hvilken|who)\b[^.\n|]{0,40}?\b" + _GET + r"|"
    r"ansøgerkreds\w*|søkerkrets\w*|søkjarkrins\w*|søkergrupp\w*|eligible applicants|eligibility|søkere|søker|"
    r"søkjarar|søkjar|sökande|ansøgere|ansøger|applicants|applicant|ansøgningsberettigede|søknadsberettigede|"
    r"berettigede (?:ansøgere|søkere)|berättigade sökande|behöriga sökande|"
    r"tilskuddsmottak\w*|tilskotsmottak\w*|tilskudsmodtag\w*|støttemodtag\w*|"
    r"stödtagare|stödmottagare|bidragsmottagare|mottakere av (?:tilskudd|tilskot|støtte)|"
    r"bidrag kan gå till|tilskudd(?:et)? kan gis til|tilskot(?:et)? kan gjevast til)(?![\wæøåäö])"
    r"(?:[^?:\n|]{0,40}\?|\s*\([^)\n]*\))?\s*[?:|]?",
    re.I,
)
_TARGET_HEADING = re.compile(r"^[•\-–*\s]*(?:målgrupp\w*|target group|the target group)\s*[?:]?", re.I)
_APPLY_VERB = (
    r"(?:søke|søkje|søkja|søka|søge|söka|ansöka|ansøge|ansøke|rekvirera|apply|fakturera|sende\s+inn|skicka\s+in|"
    r"indsende|opnå|oppnå|erhålla|obtain|receive|"
    r"få\s+(?:pengar|penge|stöd|projektstöd|bidrag|tilskudd|tilskot|tilskud|midler|midlar|støtte|medel|del|"
    r"understöd|ersättning|økonomisk))"
)
APPLY_VERB = _APPLY_VERB  # one vocabulary: the yes/no answers read "apply" with these words
_MODAL = r"(?:kan|kann|får|may|can|skal|ska|kunne)"
# Subject before (or, in V2 order, right after) the modal: "Kommuner kan søke", "Nå kan kommunene søke".
_SUBJECT_VERB = re.compile(
    rf"\b{_MODAL}\b(?P<mid>(?:,[^,.]{{0,80}},)?(?:\s+(?:[^\s.]+|[^\s.]{{1,5}}\.(?:[^\s.]{{1,5}}\.)?)){{0,6}}?)\s+"
    rf"{_APPLY_VERB}\b",
    re.I,
)
_SUBJECT_WISH = re.compile(
    r"\b(?:ønsker|ønskjer|önskar|har\s+(?:möjlighet|mulighet|mulighed|mogelegheit))\s+(?:å|att|at|til\s+å|til\s+at)\s+"
    r"(?:søke|søkje|søge|söka|ansöka|ansøge)|\bsom\s+skal\s+søke\b|\bare\s+eligible\b|\bis\s+eligible\b|"
    r"\b(?:uppmanas|oppfordres|oppmodast|opfordres|inviteras|inviteres|are\s+(?:invited|encouraged|welcome))\s+"
    r"(?:att\s+|til\s+å\s+|til\s+at\s+|to\s+)?(?:inlämna|lämna\s+in|söka|ansöka|søke|søkje|søge|ansøge|apply|submit)|"
    r"\b(?:er|är|are)\s+(?:\w+\s+)?(?:velkomne|velkomen|välkomna|welcome)\s+(?:til\s+å|til\s+at|att|to)\s+"
    r"(?:søke|søkje|søge|söka|ansöka|ansøge|apply)|"
    r"\b(?:indsender|sender\s+inn|sendar\s+inn|skickar\s+in|lämnar\s+in|submits?)\s+(?:\w+\s+)?"
    r"(?:ansøgning\w*|søknad\w*|ansökan\w*|ansökningar|applications?)\b",
    re.I,
)
# Agent after the cue: "kan sökas av X", "Ansøgerkredsen er X", "inviterer X til at ansøge".
_AGENT_AFTER = re.compile(
    r"\b(?:(?:søkes|søkjast|søges|sökas|ansøges|ansökas|indsendes|gis|gjevast|tildeles|ytes|lämnas|ges|gå|"
    r"beviljas|bevilges|gives|ydes)\s+(?:av|af|by|til|till|to)|"
    r"(?:sendes(?:\s+inn)?|skickas(?:\s+in)?|submitted|lämnas\s+in|göras|gøres|gjøres|gjerast|made)\s+(?:av|af|by)|"
    r"(?:aimed|targeted)\s+at|intended\s+for|målrettet(?:\s+mod|\s+mot)?|målretta\s+mot|riktad\s+till|riktat\s+till|"
    r"avsett\s+för|avsedd\s+för|beregnet\s+(?:for|til)|"
    r"ansøgerkredsen\s+(?:er|omfatter)|ansøgerkreds\s+er|eligible applicants are|"
    r"søkere\s+(?:er|kan være)|riktar sig till|retter seg mot|rettar seg mot|henvender sig til|open to|is open for|"
    r"(?:is|are)\s+available\s+(?:to|for)|tilgjengeleg\s+for|tilgjengelig\s+for|tilgængelig\s+for|"
    r"er åben for|möjligt för|mulig for|mogleg for|open for|"
    r"(?:søknader|søknadar|ansøgninger|ansökningar|applications)\s+(?:(?:kan|må|skal|ska|may|can|must|should)\s+"
    r"(?:komme|kome|komma|come)\s+)?(?:fra|frå|från|from)|"
    r"(?:avgrenset|avgrensa|begrenset|begrensa|afgrænset|begrænset|begränsad|begränsat|limited|restricted|reserved|"
    r"reservert|forbeholdt|förbehållet|förbehållna)\s+(?:til|till|to|for|för)|"
    r"(?:applicants?|søkere?|søkjar\w*|sökande|ansøgere?|ni|du|dere|de|you)\s+(?:must|skal|må|ska|should|måste)\s+"
    r"(?:\w+\s+)?(?:be|være|vere|vara))\b",
    re.I,
)
_INVITES = re.compile(
    r"\b(?:inviterer|invites|inbjuder|bjuder in)\b(?P<np>.{3,200}?)\b(?:til at|til å|att|to)\s+"
    r"(?:ansøge|søke|søkje|ansöka|söka|apply)",
    re.I,
)
# A kind inside a prepositional phrase ("krav til privat aktør") is not named as an applicant;
# "rettet mot privatpersoner" and "Aktörer med regionalt utvecklingsansvar" do name applicants.
_GOVERNED = re.compile(r"\b(?:til|till|for|för|af|av|om|på|to|of|about)\s+$", re.I)
# A modal with a verb other than "be" ("Kommunene kan delta i …"); "Det kan være kommuner" only names.
_OTHER_ACT = re.compile(
    rf"\b{_MODAL}\b(?!\s+(?:\S+\s+){{0,2}}?(?:være|vere|vara|be|omfatte|omfatta)\b)", re.I
)
# A clause naming partners rather than applicants: "kan vere samarbeidspartar", "som projektpart".
_PARTNER_ROLE = re.compile(
    r"\b(?:samarbeidspart\w*|samarbetspart\w*|samarbejdspart\w*|samarbeidspartner\w*|projektpart\w*|"
    r"prosjektpart\w*|partner\w*|medsøker\w*|medsökande|medansøger\w*|delta(?:ke|ge)?\s+i\s+prosjekt\w*|"
    r"medverka|medvirke)\b",
    re.I,
)
PARTNER_ROLE = _PARTNER_ROLE
_RELATIVE = re.compile(r"\b(?:som|der|which|who|that|hvor|där|vars|hvis|whose|vilka|vilken|vilket)\b", re.I)
_GRANT_TO = re.compile(
    r"\b(?:statsbidrag\w*|tilskud\w*|tilskot\w*|midler|midlene|midlar|midlane|pulje\w*|"
    r"bidrag(?:et|en|ene|s)?\b|\w+bidrag(?:et|en)?\b|stöd\w*|"
    r"understöd\w*|ersättning\w*|"
    r"støtte\w*|medel|medlen|pengar|penge|pengene|grants?|funding)\b"
    r"(?:\s+(?!(?:i|av|for|fra|frå|med|på|om|from|of|in|inom|innen)\b)[^\s.]+){0,3}?\s+(?:til|till|to|åt)\s+",
    re.I,
)
_AWARDED = re.compile(
    r"\b(?:fikk|fick|fik|fått(?!\s+i\s+(?:uppdrag|oppdrag))|fået|mottatt|mottok|mottog|modtaget|modtog|received|tildelt|tilldelats|"
    r"tilldelades|beviljats|beviljades|ansökt|ansökte|søkt|søkte|søgt|søgte)\b",
    re.I,
)
_GRANT_WORD = re.compile(
    r"\b(?:medel|midler|midlar|statsbidrag\w*|bidrag\w*|tilskud\w*|tilskot\w*|stimulansmedel\w*)\b", re.I
)
_SUBORDINATOR = re.compile(
    r"\b(?:før|innan|etter at|efter att|efter at|når|när|hvis|dersom|fordi|eftersom|if|when|before|after|"
    r"because|so that|slik at|så att|så at)\b",
    re.I,
)
# Who applied in an earlier round shows who may apply, when nothing says so outright.
_APPLIED = re.compile(
    r"\b(?:har\s+ansökt|ansökte|har\s+søkt|søkte|har\s+søgt|søgte|have\s+applied|applied)\b", re.I
)
# The grant supports someone: "Bidraget avser att stödja idrottsföreningar", "understöder föreningar".
_SUPPORTS = re.compile(
    r"\b(?:stödja|stöder|stödjer|understöd(?:er|ja)|støtte|støtter|støttar|støtta|supports?|"
    r"rettet\s+mot|rettet\s+mod|rettede\s+mod|retta\s+mot)\s+",
    re.I,
)
# Who carries out the funded work, when nothing says who applies: "insatser som kommunen genomför",
# "tiltak som gjennomføres av frivillige organisasjoner".
_CARRIED_OUT_BY = re.compile(
    r"\b(?:genomförs|gjennomføres|gjennomførast|gennemføres|drivs|drives|carried\s+out|implemented)\s+(?:av|af|by)\s+"
    # "fordeler overskuddet ... til prosjekter fra ulike frivillige organisasjoner": whose projects are funded
    r"|\b(?:prosjekter|prosjekt|projekter|projekt|projects|tiltak|insatser|initiativer|initiatives)\s+"
    r"(?:fra|frå|från|from)\s+",
    re.I,
)
_CARRIES_OUT = re.compile(
    r"\bsom\s+(?P<np>(?:\S+\s+){0,2}?\S+)\s+(?:genomför|gjennomfører|gjennomfører|gennemfører|driver)\b", re.I
)
# The reader addressed in a question is the applicant: "Vill du, din förening eller ditt företag …?"
_ADDRESSED = re.compile(r"\b(?:din|ditt|dine|dit|dina|jeres|dykkar|your)\s+", re.I)


def _facts(codes: list[tuple[str, int, int]], quote: str) -> list[ApplicantTypeFact]:
    return [ApplicantTypeFact(code=code, quote=quote) for code, _, _ in codes]


def _open_spans(sentence: str) -> list[tuple[int, int, int]]:
    """The parts of ``sentence`` that name kinds without a verb of their own: positive clauses with no
    partner role and no modal, whose verb would be some other act than applying ("Kommunene kan delta
    i …"): (start, end, where the relative clause begins)."""
    out = []
    for a, b in clauses(sentence):
        clause = sentence[a:b]
        if negated(clause) or _PARTNER_ROLE.search(clause) or _OTHER_ACT.search(clause):
            continue
        # A relative clause describes the kinds before it ("…, der understøtter borgere"): not read.
        relative = INNER_RELATIVE.search(clause)
        out.append((a, b, a + relative.start() if relative else b))
    return out


def _in_open_clause(sentence: str, pos: int, negation_only: bool = False) -> bool:
    for a, b in clauses(sentence):
        if a <= pos < b or (pos == b == len(sentence)):
            clause = sentence[a:b]
            return not negated(clause) and (negation_only or not _PARTNER_ROLE.search(clause))
    return False


def _readable(sentence: str) -> bool:
    """A statement, not a question."""
    return not sentence.rstrip().endswith("?")


def _last_clause(text: str) -> str:
    """The clause a subject belongs to: after the last subordinating word ("… før kommunen")."""
    cuts = [m.end() for m in _SUBORDINATOR.finditer(text)]
    return text[cuts[-1] :] if cuts else text


def _head_codes(text: str) -> list[tuple[str, int, int]]:
    """The kinds a noun phrase names, without its relative clause, which describes the applicant
    rather than naming it (read whole first, so "med företag som målgrupp" is still seen as a target)."""
    m = _RELATIVE.search(text)
    return [c for c in applicant_codes(text) if not m or c[1] < m.start()]


def _shift(codes: list[tuple[str, int, int]], offset: int) -> list[tuple[str, int, int]]:
    return [(c, a + offset, b + offset) for c, a, b in codes]


def _who_in_sentence(s: str) -> list[tuple[str, int, int]]:
    """Applicant codes that ``s`` states as subject or agent of applying, in clauses not denied."""
    if not _readable(s):
        return []
    out: list[tuple[str, int, int]] = []
    for m in _SUBJECT_VERB.finditer(s):
        if not _in_open_clause(s, m.start(), negation_only=True):
            continue
        before = _last_clause(s[: m.start()])
        subject = _shift(applicant_codes(m.group("mid")), m.start("mid")) or _shift(
            _head_codes(before), m.start() - len(before)
        )
        listed = re.match(
            r"[^:.;]{0,40}[:;](.+)", s[m.end() :]
        )  # "Följande kan ansöka om bidrag: kommuner, …"
        out += subject or (
            _shift(applicant_codes(listed.group(1)), m.end() + listed.start(1)) if listed else []
        )
    for m in _SUBJECT_WISH.finditer(s):
        if not _in_open_clause(s, m.start(), negation_only=True):
            continue
        before = _last_clause(s[: m.start()])
        subject = _shift(_head_codes(before), m.start() - len(before))
        listed = re.match(
            r"[^:;]{0,40}[:;](.+)", s[m.end() :]
        )  # "alle er velkomne til at søge; foreninger, …"
        out += subject or (
            _shift(applicant_codes(listed.group(1)), m.end() + listed.start(1)) if listed else []
        )
    for m in _AGENT_AFTER.finditer(s):
        if _in_open_clause(s, m.start(), negation_only=True):
            out += _shift(_head_codes(s[m.end() : reach(s, m.start())]), m.end())
    for m in _INVITES.finditer(s):
        if _in_open_clause(s, m.start(), negation_only=True):
            out += _shift(applicant_codes(m.group("np")), m.start("np"))
    return out


def _granted_to(s: str) -> list[tuple[str, int, int]]:
    """Weak cue: "tilskudd til kommuner", "statsbidrag till regioner", "Medel för … (kommuner)"."""
    if not _readable(s):
        return []
    out: list[tuple[str, int, int]] = []
    for m in _APPLIED.finditer(s):
        if _in_open_clause(s, m.start()):
            before = _last_clause(s[: m.start()])
            out += _shift(_head_codes(before), m.start() - len(before))
    if _AWARDED.search(s):
        return out
    for m in _GRANT_TO.finditer(s):
        if _in_open_clause(s, m.start()):
            out += _shift(_head_codes(s[m.end() : m.end() + 120]), m.end())
    for m in _SUPPORTS.finditer(s):
        # The object right after the verb ("stödja idrottsföreningar"), not a noun further on.
        if _in_open_clause(s, m.start()):
            out += [
                c for c in _shift(_head_codes(s[m.end() : m.end() + 120]), m.end()) if c[1] < m.end() + 25
            ]
    if _GRANT_WORD.search(s):
        for m in re.finditer(r"\(([^()]{3,60})\)", s):
            if _in_open_clause(s, m.start()):
                out += _shift(applicant_codes(m.group(1)), m.start(1))
    return out


def _carried_out(s: str) -> list[tuple[str, int, int]]:
    """Weak cue: who carries out the funded work ("som kommunen genomför i egen regi")."""
    if not _readable(s):
        return []
    out: list[tuple[str, int, int]] = []
    for m in _CARRIED_OUT_BY.finditer(s):
        if _in_open_clause(s, m.start()):
            out += _shift(_head_codes(s[m.end() : reach(s, m.start())]), m.end())
    for m in _CARRIES_OUT.finditer(s):
        if _in_open_clause(s, m.start()):
            out += _shift(applicant_codes(m.group("np")), m.start("np"))
    return out


def _addressed(s: str) -> list[tuple[str, int, int]]:
    """Weak cue: the kinds of reader a question speaks to ("Vill du, din förening eller ditt företag …?")."""
    if not s.rstrip().endswith("?"):
        return []
    out: list[tuple[str, int, int]] = []
    for m in _ADDRESSED.finditer(s):
        word = re.match(r"\S+", s[m.end() :])
        if word:
            out += _shift(applicant_codes(word.group(0)), m.end())
    return out


def _is_heading(line: str) -> bool:
    return bool(_WHO_HEADING.match(line) or _TARGET_HEADING.match(line))


def _in_section(sentence: str) -> list[tuple[str, int, int]]:
    """The applicants a sentence under a who-may-apply heading names: its subject or agent of applying
    when it has one, else every kind named in its clauses that are not denied and name no partners
    (a definite singular, "Fylkeskommunen har egne retningslinjer", names a known body, not a kind)."""
    if not _readable(sentence):
        return []
    if any(p.search(sentence) for p in (_SUBJECT_VERB, _SUBJECT_WISH, _AGENT_AFTER, _INVITES)):
        # The sentence says who applies; when that is no kind we know ("ejere af plejeboliger, hvor
        # demente borgere …"), the other nouns in it are not the applicants either.
        return _who_in_sentence(sentence)
    return [
        (code, a + start, b + start)
        for start, end, relative in _open_spans(sentence)
        for code, a, b in applicant_codes(sentence[start:end])
        if a + start < relative
        and not definite_singular(sentence[start + a : start + b])
        and not _GOVERNED.search(sentence[max(start, start + a - 30) : start + a])
    ]


def _from_sections(text: str, heading: re.Pattern) -> list[ApplicantTypeFact]:
    out: list[ApplicantTypeFact] = []
    for block in sections(text, heading, _is_heading):
        for line in block.lines:
            for s in split_sentences(line):
                out += _facts(_in_section(s.text), s.text)
    return out


def _from_lists(text: str, read) -> list[ApplicantTypeFact]:
    """Items of a bullet list whose lead-in says who may apply ("Bidrag kan sökas av:", "Ni ska vara:"),
    each quoted as the item itself."""
    out: list[ApplicantTypeFact] = []
    for block in lists(text):
        lead = block.head
        for item in block.lines:
            joined = f"{lead} {item}"
            codes = [c for c in read(joined) if c[1] > len(lead)]
            out += _facts(codes, item)
    return out


def _label_lines(text: str) -> list[ApplicantTypeFact]:
    """Weak cue: a short line made only of kinds of applicant ("Kulturföreningar"), a label of the page."""
    out: list[ApplicantTypeFact] = []
    for raw in text.split("\n"):
        line = raw.strip()
        codes = applicant_codes(line) if 0 < len(line) <= 40 else []
        rest = line
        for _, a, b in sorted(codes, key=lambda c: -c[1]):
            rest = rest[:a] + rest[b:]
        if codes and not re.sub(r"\b(?:og|och|and|samt|eller|or)\b|[\s,/&]", "", rest, flags=re.I):
            out += _facts(codes, line)
    return out


def _from_sentences(sentences: list[Sentence], read) -> list[ApplicantTypeFact]:
    return [f for s in sentences for f in _facts(read(s.text), s.text)]


# The applicant named by a role ("ansøgninger fra operatører"), and the generic words for applicant.
_ROLE_INTRO = re.compile(
    r"\b(?:(?:søknader|søknadar|ansøgninger|ansökningar|applications)\s+(?:fra|frå|från|from)|"
    r"(?:søkes|søkjast|søges|sökas|ansøges|ansökas)\s+(?:av|af))\s+(?P<noun>[^\W\d_]{4,})",
    re.I,
)
_APPLICANT_WORDS = (
    "søker",
    "søkere",
    "søkjar",
    "søkjarar",
    "ansøger",
    "ansøgere",
    "sökande",
    "applicant",
    "applicants",
)
_DEFINES = (
    r"\s+(?:(?:kan|kunne|may|can)\s+)?(?:(?:fx|f\.eks|t\.ex|eksempelvis|til dømes|till exempel|for example)\.?\s+)?"
    r"(?:være|vere|vara|be|er|är|is|are|omfatter|omfattar|include)\b"
)


def _defined_roles(text: str, sentences: list[Sentence]) -> list[ApplicantTypeFact]:
    """Kinds given as what a role may be: "… ansøgninger fra operatører. Operatører kan fx være lokale
    erhvervsråd, kommuner …", "Ansøger kan være et enkelt museum …"."""
    roles = {m.group("noun").lower() for m in _ROLE_INTRO.finditer(text)} | set(_APPLICANT_WORDS)
    out: list[ApplicantTypeFact] = []
    for s in sentences:
        first = re.match(r"\s*([^\W\d_]+)", s.text)
        if not first or first.group(1).lower() not in roles or not _readable(s.text):
            continue
        if (d := re.compile(_DEFINES, re.I).match(s.text, first.end())) and _in_open_clause(
            s.text, d.start()
        ):
            out += _facts(_shift(_head_codes(s.text[d.end() :]), d.end()), s.text)
    return out


def _first_per_code(facts: list[ApplicantTypeFact]) -> list[ApplicantTypeFact]:
    seen: dict[str, ApplicantTypeFact] = {}
    for fact in facts:
        seen.setdefault(fact.code, fact)
    return list(seen.values())


def extract_applicants(doc: Document) -> list[ApplicantTypeFact]:
    """Who may apply, as CONTRACT applicant type codes."""
    text = doc.text[: content_end(doc.text)]
    sentences = split_sentences(text)
    strong = (
        _from_sections(text, _WHO_HEADING)
        + _from_lists(text, _who_in_sentence)
        + _from_sentences(sentences, _who_in_sentence)
        + _defined_roles(text, sentences)
    )
    if strong:
        return _first_per_code(strong)
    weak = (
        _from_sections(text, _TARGET_HEADING)
        + _from_lists(text, _granted_to)
        + _from_sentences(sentences, _granted_to)
        + _from_sentences(sentences, _carried_out)
        + _from_sentences(sentences, _addressed)
        + _label_lines(text)
    )
    return _first_per_code(weak)
