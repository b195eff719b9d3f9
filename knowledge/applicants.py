"""Who may apply, as CONTRACT applicant type codes.

The types feed a deterministic eligibility check, so precision comes first. Passages that say
who may apply are read first: a "Hvem kan søke?" section, or the subject or agent of "kan søke",
"kan sökas av", "inviterer … til at ansøge". Only when there is none are weaker cues used: a
"Målgruppe" section, or "tilskudd til kommuner". Negated sentences ("kan ikkje søke"), questions,
partners and award news are not read as applicants.
"""

from __future__ import annotations

import re

from knowledge.applicant_words import applicant_codes
from knowledge.footers import content_end
from knowledge.models import ApplicantTypeFact, Document
from knowledge.sentences import Sentence, split_sentences

_WHO_HEADING = re.compile(
    r"^[•\-–*\s]*(?:(?:hvem|kven|vem|vilka|hvilke|who)\b[^.\n]{0,40}?\b(?:søke\w*|søkje|søge|sök\w*|ansök\w*|"
    r"ansøge|rekvirera|apply|eligible)|ansøgerkreds\w*|søkerkrets\w*|eligible applicants|søkere|søkjarar|"
    r"sökande|bidrag kan gå till|tilskudd(?:et)? kan gis til|tilskot(?:et)? kan gjevast til)(?![\wæøåäö])"
    r"(?:\s*\([^)\n]*\))?\s*[?:]?",
    re.I,
)
_TARGET_HEADING = re.compile(r"^[•\-–*\s]*(?:målgrupp\w*|target group|the target group)\s*[?:]?", re.I)
_APPLY_VERB = (
    r"(?:søke|søkje|søge|söka|ansöka|ansøge|ansøke|rekvirera|apply|fakturera|sende\s+inn|skicka\s+in|indsende|"
    r"få\s+(?:pengar|penge|stöd|projektstöd|bidrag|tilskudd|tilskot|tilskud|midler|midlar|støtte|medel|del))"
)
_MODAL = r"(?:kan|kann|får|may|can|skal|ska|kunne)"
# Subject before (or, in V2 order, right after) the modal: "Kommuner kan søke", "Nå kan kommunene søke".
_SUBJECT_VERB = re.compile(
    rf"\b{_MODAL}\b(?P<mid>(?:,[^,.]{{0,80}},)?(?:\s+[^\s.]+){{0,4}}?)\s+{_APPLY_VERB}\b", re.I
)
_SUBJECT_WISH = re.compile(
    r"\b(?:ønsker|ønskjer|önskar|har\s+(?:möjlighet|mulighet|mulighed|mogelegheit))\s+(?:å|att|at|til\s+å|til\s+at)\s+"
    r"(?:søke|søkje|søge|söka|ansöka|ansøge)|\bsom\s+skal\s+søke\b|\bare\s+eligible\b|\bis\s+eligible\b",
    re.I,
)
# Agent after the cue: "kan sökas av X", "Ansøgerkredsen er X", "inviterer X til at ansøge".
_AGENT_AFTER = re.compile(
    r"\b(?:(?:søkes|søkjast|søges|sökas|ansøges|ansökas|indsendes|gis|gjevast|tildeles|ytes|lämnas|ges|gå|"
    r"beviljas|bevilges|gives|ydes|sendes(?:\s+inn)?|skickas(?:\s+in)?|submitted)\s+(?:av|af|by|til|till|to)|ansøgerkredsen\s+er|ansøgerkreds\s+er|eligible applicants are|"
    r"søkere\s+(?:er|kan være)|riktar sig till|retter seg mot|rettar seg mot|henvender sig til|is open to|"
    r"er åben for|möjligt för|mulig for|mogleg for|"
    r"(?:applicants?|søkere?|søkjar\w*|sökande|ansøgere?)\s+(?:must|skal|må|ska|should)\s+(?:be|være|vere|vara))\b",
    re.I,
)
_INVITES = re.compile(
    r"\b(?:inviterer|invites|inbjuder|bjuder in)\b(?P<np>.{3,200}?)\b(?:til at|til å|att|to)\s+"
    r"(?:ansøge|søke|søkje|ansöka|söka|apply)",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:kan|får|may|can|are|is|må|skal|ska)\s+(?:\S+\s+)?(?:ikke|ikkje|inte|ej|not)\b|\bnot eligible|cannot|can't",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:som|der|which|who|that|hvor|där|vars|hvis|whose)\b", re.I)
_GRANT_TO = re.compile(
    r"\b(?:statsbidrag\w*|tilskud\w*|tilskot\w*|midler|midlene|midlar|midlane|pulje\w*|bidrag\w*|stöd\w*|"
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
_BLOCK_LINES = 8


def _facts(codes: list[tuple[str, int, int]], quote: str) -> list[ApplicantTypeFact]:
    return [ApplicantTypeFact(code=code, quote=quote) for code, _, _ in codes]


def _readable(sentence: str) -> bool:
    """A statement about applicants, not a question or a negation."""
    return not sentence.rstrip().endswith("?") and not _NEGATION.search(sentence)


def _last_clause(text: str) -> str:
    """The clause a subject belongs to: after the last subordinating word ("… før kommunen")."""
    cuts = [m.end() for m in _SUBORDINATOR.finditer(text)]
    return text[cuts[-1] :] if cuts else text


def _head(text: str) -> str:
    """A noun phrase without its relative clause, which describes the applicant rather than naming it."""
    m = _RELATIVE.search(text)
    return text[: m.start()] if m else text


def _who_in_sentence(s: str) -> list[tuple[str, int, int]]:
    """Applicant codes that ``s`` states as subject or agent of applying."""
    if not _readable(s):
        return []
    out: list[tuple[str, int, int]] = []
    for m in _SUBJECT_VERB.finditer(s):
        subject = applicant_codes(m.group("mid")) or applicant_codes(_head(_last_clause(s[: m.start()])))
        listed = re.match(r"[^:.]{0,40}:(.+)", s[m.end() :])  # "Följande kan ansöka om bidrag: kommuner, …"
        out += subject or (applicant_codes(listed.group(1)) if listed else [])
    for m in _SUBJECT_WISH.finditer(s):
        out += applicant_codes(_head(_last_clause(s[: m.start()])))
    for m in _AGENT_AFTER.finditer(s):
        out += applicant_codes(_head(s[m.end() :]))
    for m in _INVITES.finditer(s):
        out += applicant_codes(m.group("np"))
    return out


def _granted_to(s: str) -> list[tuple[str, int, int]]:
    """Weak cue: "tilskudd til kommuner", "statsbidrag till regioner", "Medel för … (kommuner)"."""
    if not _readable(s):
        return []
    out: list[tuple[str, int, int]] = []
    for m in _APPLIED.finditer(s):
        out += applicant_codes(_head(_last_clause(s[: m.start()])))
    if _AWARDED.search(s):
        return out
    for m in _GRANT_TO.finditer(s):
        out += applicant_codes(_head(s[m.end() : m.end() + 120]))
    if _GRANT_WORD.search(s):
        for m in re.finditer(r"\(([^()]{3,60})\)", s):
            out += applicant_codes(m.group(1))
    return out


def _section_lines(text: str, heading: re.Pattern) -> list[str]:
    """The lines of every section whose heading matches (a text on the heading line counts too)."""
    lines = text.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        m = heading.match(line.strip())
        if not m or len(line.strip()) > 120:
            continue
        inline = line.strip()[m.end() :].strip()
        out += ([inline] if inline else []) + _section_body(lines[k + 1 :], has_content=bool(inline))
    return out


def _section_body(lines: list[str], has_content: bool) -> list[str]:
    body: list[str] = []
    after_blank = False
    for raw in lines:
        line = raw.strip()
        if not line:
            after_blank = True
            continue
        if (has_content or body) and _is_next_heading(line, after_blank):
            break
        body.append(line)
        if len(body) >= _BLOCK_LINES:
            break
    return body


def _is_next_heading(line: str, after_blank: bool) -> bool:
    if line.endswith(("?", ":")) or _WHO_HEADING.match(line) or _TARGET_HEADING.match(line):
        return True
    bullet = re.match(r"^[•\-–*]|\d+\.", line)
    return after_blank and not bullet and len(line) <= 50 and not line.endswith(".")


def _from_sections(text: str, heading: re.Pattern) -> list[ApplicantTypeFact]:
    out: list[ApplicantTypeFact] = []
    for line in _section_lines(text, heading):
        for s in split_sentences(line):
            if _readable(s.text):
                out += _facts(applicant_codes(s.text), s.text)
    return out


def _from_sentences(sentences: list[Sentence], read) -> list[ApplicantTypeFact]:
    return [f for s in sentences for f in _facts(read(s.text), s.text)]


def _first_per_code(facts: list[ApplicantTypeFact]) -> list[ApplicantTypeFact]:
    seen: dict[str, ApplicantTypeFact] = {}
    for fact in facts:
        seen.setdefault(fact.code, fact)
    return list(seen.values())


def extract_applicants(doc: Document) -> list[ApplicantTypeFact]:
    """Who may apply, as CONTRACT applicant type codes."""
    text = doc.text[: content_end(doc.text)]
    sentences = split_sentences(text)
    strong = _from_sections(text, _WHO_HEADING) + _from_sentences(sentences, _who_in_sentence)
    if strong:
        return _first_per_code(strong)
    weak = _from_sections(text, _TARGET_HEADING) + _from_sentences(sentences, _granted_to)
    return _first_per_code(weak)
