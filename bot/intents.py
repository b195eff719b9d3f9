"""What a question asks for: one of the CONTRACT intents (plus ``discover``), from cue words in five languages.

A cue table rather than a trained classifier: there is no labelled Nordic grant-question
data to train on, and a table is deterministic and readable by the people who maintain it.

A question says what it asks before it names the grant: "Hur mycket förfogar länsstyrelsen
över | för flyktingguider och familjekontakter?", "Who may apply | for LONA with the December
deadline?". So among the specific cues, the one that is complete earliest in the question
wins; cue words later on are usually part of the grant's name. Only when no specific cue
matches do the general ones (a currency, "what is", "about") decide, in their order.
"""

from __future__ import annotations

import re

from bot.models import Intent
from knowledge.money_words import OWN_SHARE

# Verb forms of "apply" only: the nouns ("søknaden", "ansökningsdatum") name the topic, not the ask.
_APPLY_VERB = (
    r"\b(?:søk(?:e|er|es|je|ja|jast)?|søg(?:e|er|es)?|sök(?:a|er|es|as)?|ansøg(?:e|er|es)?|ansök(?:a|er|es|as)?|"
    r"apply|applies|applying)\b"
)
_APPLY = r"(?:søk\w*|søkj\w*|ansök\w*|sök\w*|ansøg\w*|søg\w*|apply\w*|applic\w*)"
_APPLICATION = r"(?:søknad\w*|ansökan\w*|ansøgning\w*|application\w*|prosjektskisse\w*|skisse\w*)"
_SEND = r"(?:send\w*|sent\b|mejl\w*|mail(?:e|es|a|ar|as)\b|skick\w*|submit\w*|lever\w*|indsend\w*|lämna\w*|adresser\w*|post(?:es|as|ed)\b|registr\w*)"
_WHO = r"\b(?:hvem|kven|vem|vilka|vilken|hvilke|hvilken|kva for|who|which|whom)\b"
_WHERE = r"\b(?:hvor|kor|kvar|hvorhen|where)\b"
_WHEN = r"\b(?:når|hvornår|när|kva tid|when)\b"
# The asker in a yes/no question about themselves ("Kan vi søke?") rather than about a kind of applicant.
_SELF = r"(?:vi|jeg|eg|jag|me|we|i|man|du|dere|de|ni|you|one)\b"
_PERSON_ROLE = (
    r"\b(?:kontaktperson\w*|handläggar\w*|saksbehandler\w*|sagsbehandler\w*|sakshandsamar\w*|case officers?|"
    r"consultants?|konsulent\w*|contact persons?)\b"
)
_MONEY_NOUN = (
    r"\w*(?:penge|pengar|penger|pengane|midler|midlar|midlene|medel|medlen|kroner|kronor|millioner|miljoner|"
    r"tilskud\w*|tilskudd\w*|tilskot\w*|bidrag\w*)\b"
)
_SHARE = (
    r"(?:share|proportion|percentage|per ?cent|andel\w*|prosent\w*|procent\w*|rate|rates|sats|satser|satsen|"
    r"timesats\w*|timepris\w*|del av)"  # an own-share word is an amount cue of its own (below)
)
_EXTREME = (
    r"\b(?:minimum|maximum|lowest|highest|smallest|largest|minste|minsta|mindste|laveste|lägsta|lågaste|"
    r"høyeste|högsta|højeste|største|största|maks\w*|max\w*|inntil|högst|høyst|højst)\b"
)

# Specific cues: the earliest complete one in the question wins; on a tie, the first listed.
# "Which e-mail address is the application sent to" asks where to apply, so how_to_apply comes first.
_SPECIFIC: list[tuple[Intent, list[str]]] = [
    ("how_to_apply", [
        _WHERE + r".{0,80}?(?:" + _APPLY + r"|rekvir\w*|" + _SEND + r"|finn\w*|find\w*|hitt\w*)",
        # Swedish "var" is also "was" ("När var sista dag"): only as the opening word is it "where".
        r"^(?:var|vart)\b.{0,80}?(?:" + _APPLY + r"|rekvir\w*|" + _SEND + r")",
        r"\b(?:hvordan|korleis|hur|how)\b.{0,60}?(?:" + _APPLY + r"|rekvir\w*|requisition\w*|" + _SEND + r")",
        _WHO + r".{0,40}?\b(?:behandl(?:er|es|ar|ast|ede)|handlägg(?:er|s)|process(?:es|ed)?|vurder(?:er|es)|"
        r"bedöm(?:er|s)|beslut\w*|decides?|reviews?)",
        # "Hvem skal søknaden sendes til" asks for the recipient; "Hvem kan sende søknad" asks who may apply.
        _WHO + r".{0,40}?\b(?:sendes|skickas|indsendes|adresseres|adresseras|sent|submitted)\b", r"\bto whom\b",
        r"søknadsskjema", r"ansökningsblankett", r"ansøgningsskema", r"\bapplication form\b", r"portal",
        r"\bapplication (?:process|procedure)\b", r"søknadsprosess\w*", r"ansökningsprocess\w*", r"ansøgningsproces\w*",
        r"\b(?:which|what|hvilket|hvilken|vilket|vilken|kva|hva|vad|hvad)\s+(?:\w+\s+)?(?:forms?|skjema\w*|"
        r"blankett\w*|skema\w*|formulär\w*|system\w*|e-tjänst\w*|e-tjeneste\w*|plattform\w*|platform\w*)\b",
        r"\b(?:post(?:al)?\s*)?(?:address|adress\w*|adresse\w*)\b(?=.*" + _APPLICATION + ")(?=.*" + _SEND + ")",
        r"(?=.*" + _APPLICATION + r")(?=.*" + _SEND + r").*\b(?:post(?:al)?\s*)?(?:address|adress\w*|adresse\w*)\b",
    ]),
    ("contact", [
        # "kontaktperson", "kontakta", not "kontaktskapende" or "familjekontakter" (the grant's topic).
        r"\bkontakt(?:e|a|ar|er|es|as|et|en|erne|ene|person\w*|info\w*|uppgift\w*|opplysning\w*|oplysning\w*|"
        r"detaljer|telefon\w*)?\b(?!-)",
        r"\bcontact(?:s|ed|ing)?\b(?!-)", r"\b(?:ringe|ring|ringa|ringer|ringje|ringjer)\b", r"\btelefon\w*", r"\bphone\b",
        r"\b(?:what|which)\s+(?:phone\s+|telephone\s+)?number\b", r"\b(?:hvilket|vilket|kva)\s+\w*nummer\b",
        _WHO + r".{0,40}?\b(?:call|spørre|spørja|spørje|fråga|spørge|ask|snakk\w*|prata|tala|tale|talk|speak|svare|svara|"
        r"besvare|answer\w*|henvend\w*|vända|vende|"
        r"questions?|spørsmål|frågor|spørgsmål|informasjon|information|upplysning\w*|oplysning\w*|opplysning\w*)",
        _WHO + r"\s+(?:\w+\s+)?\w*(?:information|informasjon)\b", _PERSON_ROLE,
        r"e-?post\w*", r"\be-?mail\w*", r"\bmail\w*", r"\bmejl\w*", r"sparring",
    ]),
    ("deadline", [
        r"frist", r"deadline", r"\bdue date\b", r"\bclosing date\b", r"\bstill open\b", r"\bapply by\b",
        r"\b(?:fortsatt|fremdeles|framleis|enn(?:å|o)|fortfarande|stadig|endnu|still)\b.{0,40}?"
        r"(?:" + _APPLY + r"|open|åpen|öppen|åben)",
        r"\b(?:sista|siste|sidste|senaste|seneste|last|final) (?:ansöknings)?(?:dag|dato|datum|date|day)",
        r"\bsenast\b", r"\bsenest\b",
        _WHEN + r".{0,80}?(?:" + _APPLY + r"|inne|levere\w*|sendes|skickas|öppn\w*|stäng\w*|åpn\w*|steng\w*|"
        r"lukk\w*|åbn\w*|clos\w*|open\w*)",
        r"\bwhen\b.{0,60}?\b(?:apply|application|submit|due|close|open)",
        r"\b(?:hur|hvor|kor) (?:länge|lenge|længe|lengi)\b", r"\bhow long\b",
        r"\b(?:går ut|gå ut|expires?|closes?)\b", r"(?:\b|s)(?:datum|dato|datoer|datoen)\b", r"\bdates?\b",
        r"ansökningsomgång\w* .{0,40}?\bgår\b",
    ]),
    ("eligibility", [
        r"\b(?:kan|får|må) (?:vi|jeg|eg|jag|me)\b.{0,60}?(?:" + _APPLY + r"|\bfå\b|delta)",
        r"\b(?:can|may) (?:we|i)\b.{0,40}?\b(?:apply|get|receive|take part)",
        r"\b(?:are|is) (?:we|our \w+)\b.{0,30}?\beligible", r"\ber vi (?:kvalifisert|berettiget|aktuelle)",
        r"\bär vi (?:behöriga|berättigade)", r"\ber vi berettigede",
    ]),
    ("amount", [
        r"\b(?:hvor|kor|hur) (?:mye|mykje|mycket|meget|stor|stort|store|høyt|högt|højt)\b", r"\w+sum(?:men|ma)?\b",
        r"\bhow (?:much|large|big|high)\b",
        # "hvor mange decentrale erhvervsfremmemidler" (money), not "hvor mange prosjekter får midler" (a count).
        r"\b(?:hvor|kor|hur) (?:mange|mykje|många) (?:\w+e )?" + _MONEY_NOUN,
        r"\bhow many (?:kroner|kronor|crowns|euros?)\b", r"\btotal (?:budget|amount|funding)\b",
        r"\b(?:what|which|hvilken|hvilke|hvilket|vilken|vilka|vilket|kva|hva|vad|hvad)\b(?:\s+\w+){0,2}?\s+" + _SHARE
        + r"\b",
        _EXTREME + r"(?:\s+\S+){0,3}?\s+(?:beløp\w*|belopp\w*|beløb\w*|bidrag\w*|tilskud\w*|tilskudd\w*|tilskot\w*|"
        r"stöd\w*|støtte\w*|grants?|amounts?|contributions?|sum\w*|share|andel\w*|funding|support)\b",
        r"\b(?:pay|pays|paid|betal\w*|utbetal\w*|udbetal\w*)\b.{0,30}?\b(?:per|pr\.?)\s",
        # "Må vi ha egenandel?", "Is co-financing required?": the applicant's own share is a share of the
        # money ("Må kommunen ha egenandel for å få …" asks that, not who may get it).
        r"\b(?:" + OWN_SHARE + r")",
    ]),
    ("applicants", [
        _WHO + r".{0,50}?(?:" + _APPLY_VERB + r"|\bfå\b|\bfår\b|receive|\bget\b|requisition\w*|rekvir\w*|"
        r"fakturer\w*|eligible)",
        r"\b(?:kva|what|hva|vad|hvad)\s+\w+\s+(?:kan|can|may|får|må)\b.{0,30}?" + _APPLY_VERB,
        _WHO + r"\s+(?:kan|får|may|can|må)\s+(?:send\w*|skick\w*|submit\w*|lever\w*|indsend\w*|lämna\w*)",
        # A yes/no question about a kind of applicant: "Kan enkeltpersoner og foreninger søge …?"
        r"^(?:kan|får|må|can|may|could|does|do|is|are)\s+(?!" + _SELF + r").{0,60}?(?:" + _APPLY_VERB
        + r"|\breceive\b|\bget\b|\bfå\b|\bdelta\w*|\bparticipat\w*|\bbe (?:a |the )?(?:partner|operator|applicant)"
        r"|\b(?:være|vara|vere) (?:en |ein )?partner|\bstå som (?:søker|søkar|sökande|ansøger))",
        r"^kan (?:en |ei |et |ett )?(?:\w+ )?(?:kommun\w*|fylke\w*|region\w*|landsting\w*|organisa\w*|foren\w*|"
        r"förening\w*|sykehus\w*|sygehus\w*|bedrift\w*|företag\w*|virksomhed\w*|lag)\b",
        r"^can (?:an? )?(?:\w+ )?(?:municipalit\w*|count(?:y|ies)|regions?|organi[sz]ations?|ngos?|hospitals?|"
        r"compan\w*|associations?)\b",
        r"\b(?:meant|intended|aimed|directed|targeted)\s+(?:\w+\s+)?(?:for|at|to)\b",
        r"\b(?:rettet|retta|riktar sig|riktad|rettet|henvender sig|beregnet|avsedd|tiltenkt|ment)\s+"
        r"(?:mot|til|till|for|för)\b",
        _WHO + r".{0,30}?\b(?:be|være|vara|vere|stå som)\s+(?:the\s+|an?\s+)?(?:applicants?|søker|søkar|sökande|ansøger|"
        r"project owner|lead partner|prosjekteier)\b",
        r"målgrupp", r"\btarget group", r"\beligib\w*", r"søkerkrets",
        _WHO + r".{0,30}?\bqualif(?:y|ies)\b",  # "Who qualifies for funding?"
    ]),
]

# "Which grants …?": a question about the catalogue, not a fact of one announcement. A plural
# determiner or "is there" before a word for grants; the singular ("Hvilket tilskudd", "what grant")
# and "Hva er tilskuddet" ask about one grant.
_GRANTS_NOUN = (
    r"(?:tilskudd|tilskuddsordninger|tilskot|tilskotsordningar|tilskud|tilskudsordninger|støtteordninger|"
    r"støtteordningar|ordninger|ordningar|puljer|bidrag|bidragen|stöd|stödformer|utlysningar|utlysninger|"
    r"grants|grant schemes|funding schemes|funding|calls|calls for proposals|schemes|funds)"
)
_GRANTS_BETWEEN = r"(?:(?:slags|for|for nokre|typer|type of|types of|kinds of|sorts of|andre|andra|other|nye|nya|new|" \
    r"åpne|opne|öppna|åbne|open|tidligere|tidlegare|tidigare|previous|statlige|statlege|statliga|statslige)\s+)?"
_DISCOVER = [re.compile(c, re.I) for c in (
    r"\b(?:hvilke|kva|hva|vilka|vad för|which|what)\s+" + _GRANTS_BETWEEN + _GRANTS_NOUN + r"(?![\w-])",
    r"\b(?:finnes|fins|finst|finns|findes|er det|er der|is there|are there)\s+(?:det\s+)?"
    r"(?:noen|nokon|nokre|några|nogen|any|andre|andra|other)?\s*" + _GRANTS_BETWEEN + _GRANTS_NOUN + r"(?![\w-])",
    r"\b(?:list|liste|lista|oversikt over|oversyn over|översikt över|overblik over|show me)\b.{0,20}?"
    + _GRANTS_NOUN + r"(?![\w-])",
)]


def asks_for_grants(question: str) -> bool:
    """True when the question asks which grants there are ("Hvilke tilskudd kan kommunen søke på nå?")."""
    text = " ".join(question.lower().split())
    return any(c.search(text) for c in _DISCOVER)


# General cues, in order, for questions without a specific one.
_GENERAL: list[tuple[Intent, list[str]]] = [
    ("amount", [
        r"beløp", r"belopp", r"beløb", r"\bamount", r"\b(?:kroner|kronor|kr|nok|sek|dkk|euro)\b",
        r"\b(?:maks|maksimalt|högst|max\w*)\b", r"budsjett", r"budget", r"\bramme\b",
        r"\b(?:få|fikk|fick|fik|receive\w*|get|got)\b.{0,20}\b(?:penger|pengar|midler|medel|money|funding)\b",
    ]),
    ("criteria", [
        r"formål", r"syfte", r"purpose", r"kriteri", r"criteri", r"\bkrav\b", r"vilkår", r"villkor",
        r"betingelse", r"requirement", r"\bcondition",
        r"\b(?:hva|kva|vad|hvad|what)\b.{0,80}\b(?:brukes|nyttast|användas|bruges|used|gå til|gå till|dekke\w*|"
        r"täck\w*|dække\w*|støtte\w*|stöd\w*|fund\w*|for)\b",
        r"\b(?:hva|kva|vad|hvad)\b.{0,80}\b(?:til|till)\W*$",  # "Hva kan man få tilskudd til?"
        r"\b(?:hvor|kor|hur|how) mange?\b", r"\bhur många\b", r"\bhow many\b", r"fordel", r"\bsplit\b",
        r"\bdivided\b", r"priorit",
    ]),
    ("overview", [
        r"\b(?:hva|kva|vad|hvad|what) (?:er|är|is)\b", r"\bfortell\b", r"\bberätta\b", r"\bfortæl\b", r"\btell me\b",
        r"\b(?:om|about)\b", r"oversikt", r"översikt", r"\boverview\b", r"\bsummary\b",
        r"\bgår\b.{0,60}\b(?:ut|ud) på\b",  # "Hva går ordningen ut på?", "Hvad går puljen ud på?": what is it
    ]),
]


def _compile(table: list[tuple[Intent, list[str]]]) -> list[tuple[Intent, list[re.Pattern]]]:
    return [(intent, [re.compile(c, re.I) for c in cues]) for intent, cues in table]


_SPECIFIC_COMPILED = _compile(_SPECIFIC)
_GENERAL_COMPILED = _compile(_GENERAL)


def _earliest_end(text: str, cues: list[re.Pattern]) -> int | None:
    ends = [m.end() for c in cues for m in c.finditer(text)]
    return min(ends) if ends else None


def classify_intent(question: str) -> Intent:
    """The intent of ``question``; ``other`` when no cue matches."""
    if asks_for_grants(question):
        return "discover"
    text = " ".join(question.lower().split())
    best: tuple[int, int, Intent] | None = None
    for rank, (intent, cues) in enumerate(_SPECIFIC_COMPILED):
        end = _earliest_end(text, cues)
        if end is not None and (best is None or (end, rank) < best[:2]):
            best = (end, rank, intent)
    if best:
        return best[2]
    for intent, cues in _GENERAL_COMPILED:
        if any(c.search(text) for c in cues):
            return intent
    return "other"


# A question opening with its verb ("Kan frivillige organisasjoner søke?", "Får kommuner söka?",
# "Can charities apply?") wants a yes or a no.
_YES_NO = re.compile(
    r"^(?:kan|kunne|får|fikk|må|skal|ska|bør|er|är|gäller|gjelder|gælder|can|could|may|might|must|is|are|does|do)\b",
    re.I,
)


def is_yes_no(question: str) -> bool:
    """True for a question that opens with its verb, which a yes or a no answers."""
    return bool(_YES_NO.match(question.strip()))
