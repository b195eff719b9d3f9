"""The words that tie a date to applying, or to something else, in Nordic and English grant texts.

Vocabulary only; knowledge.deadlines holds the rules that use it. Each pattern names what it
catches; stems are used so inflections ("søknadsfristen", "ansøgningsfristerne") come along.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# Words that name an application deadline or the end of applying; enough on their own.
STRONG = re.compile(
    r"\w*(?:søknads|søknadar|ansøgnings|ansöknings|ansøknings)frist\w*"
    r"|\bfrist\w*\s+(?:for|til|för|at)\s+(?:å\s+|att\s+|at\s+)?(?:søk|sök|ansøg|ansök|innsending)\w*"
    r"|\b(?:sista|sidste|siste|seneste)\s+(?:ansökningsdag|ansøgningsdag|søknadsdag|frist)\w*"
    r"|\b(?:sista|sidste|siste|last)\s+(?:dag|day|date)\s+(?:att|å|at|to|for|för)\s+(?:ansök|søk|ansøg|sök|apply|submi|appl)\w*"
    r"|\b(?:ansöknings|ansøgnings|søknads|utlysnings)(?:tid|tiden|period\w*)\b"
    r"|\b(?:ansökningsomgång|ansøgningsrunde|søknadsrunde|søknadsomgang)\w*"
    r"|\bdeadline\w*|\bclosing date|\bappl\w*\s+(?:close|closes|closing)\b"
    r"|\b(?:stängt|stängd|stengt|lukket|closed)\s+(?:för|for)\s+(?:ansök|søk|ansøg|appl)\w*"
    r"|\b(?:\w*omgång|\w*omgang|\w*runde|utlysning|call)\w*,?(?:\s+som)?\s+"
    r"(?:gick ut|går ut|avslutas|avslutades|avsluttes|afsluttes|stänger|stängde|stenger|udløber|udløb|lukker|closes)",
    _I,
)
# A bare "frist" counts when the sentence speaks of applying ("Fristen ... søknader ...").
FRIST = re.compile(r"\bfrist(?:en|ene|er|erna)?\b", _I)
# "Applications are open until ...", "utlysningen är öppen till ...": when applying or a call is named.
OPEN_UNTIL = re.compile(
    r"\b(?:open|öppen|öppet|åpen|åpent|åben|åbent)\s+(?:until|till|til|indtil|fram till|frem til)\b", _I
)
CALL = re.compile(r"\b(?:call|utlysning\w*|utlysing\w*|pulje\w*|utlyses)\b", _I)
# A bare "Frist:" heading a line or table row is the application deadline on a grant page.
FRIST_LABEL = re.compile(r"^\W*frist(?:en|er|ene|ar|ane|erna)?\b\s*[:\-–]?", _I)
# Applying, submitting, or claiming the money (requisition and invoice are how some grants are claimed).
APPLY = re.compile(
    r"\b(?:søk|sök|ansøg|ansök|ansøk)\w*|\bappl(?:y|ies|ied|ications?)\b|\bsubmi\w*|\brekvi\w*|\bfaktur\w*",
    _I,
)
# Words that point a date at something other than applying.
NEGATIVE = re.compile(
    r"\w*rapport\w*|\w*redovis\w*|\breport\w*|\w*regnskap\w*|\w*regnskab\w*"  # reports and accounts
    r"|\bbeslut\w*|\bbesked\w*|\bsvar\w*|\bvedtak\w*|\bafgørelse\w*|\btilsagn\w*"  # decisions
    r"|\bdecision\w*|\bavgj[eø]r\w*|\bbehandl\w*"
    r"|\bvurder\w*|\bbedöm\w*|\bbedøm\w*|\bassess\w*|\bevaluat\w*|\breview\w*|\bnotif\w*"  # assessment
    r"|\w*utbetal\w*|\w*udbetal\w*|\bbetal\w*\s+ut\b|\bpay\w*"  # payouts
    r"|\b(?:brukes|benyttes|anvendes|användas|används|forbrukes|spent|used)\b"  # when the money is spent
    r"|\bpubli\w*|\butlysningsdat\w*"
    r"|\bgjennomfør\w*|\bgenomför\w*|\bgennemfør\w*|\bavslutt\w*|\bafslut\w*|\bferdigstil\w*"  # carrying out
    r"|\bfärdigställ\w*|\bigangsett\w*|\bpåbegyn\w*|\bpåbörja\w*|\bimplement\w*|\bcompleted\b|\bfinish\w*"
    r"|\bfinner sted\b|\bfinder sted\b|\bäger rum\b|\btakes? place\b|\bavholdes\b|\bafholdes\b"  # events
    r"|\böppn\w*|\båpn\w*|\båbn\w*|\bopen\w*|\bstart\w*|\boppstart\w*|\bbörja\w*|\bbegyn\w*|\bbegin\w*"
    r"|\w*möte\b|\w*møte\b|\w*møde\b|\bmeeting\w*|\bwebinar\w*|\bseminar\w*|\bkonferen\w*|\bkonferan\w*"
    r"|\b(?!ansøgnings|ansöknings|søknads|utlysnings)\w*period\w*"  # project periods, not application periods
    r"|\btidl[ei]g[ae]re\b|\btidigare\b|\bordin[æa]r\w*|\bvanlig(?:t)?vis\b|\bnormalt\b"  # an earlier call
    r"|\bi\s?fjor\b|\bsidste år\b|\bförra året\b|\bprevious\w*|\blast year\b|\busually\b",
    _I,
)
# A time limit right before a date: "senast den", "innen", "i hænde senest", "no later than 12:00 CET on".
LIMIT_BEFORE = re.compile(
    r"(?:\binnen|\binnan|\binden|\bsenest|\bseinast|\bsenast|\bfør|\bföre|\bbefore|\bprior to|\bby"
    r"|\bno later than|\bnot later than|\btil og med|\btill och med|\bfram till|\bfrem til"
    r"|\btillhanda|\btill handa|\bi hænde|\bi hende)"
    r"[\s,:]*(?:(?:kl\.?|klokken|klockan|at)?\s*\d{1,2}[.:]\d\d\s*(?:CES?T|[AP]M)?[\s,]*)?"
    r"(?:on\s+|den\s+|the\s+|d\.\s*)?$",
    _I,
)
# "forlenget til", "utsatt till", "extended to": the date after it is the new deadline.
MOVED_TO_BEFORE = re.compile(
    r"\b(?:forlen[gt]\w*|forlæng\w*|förläng\w*|utsatt|utsettes|udskudt|udsat|extended|postponed)"
    r"\s+(?:til|till|to|until)\s*(?:den\s+|the\s+)?$",
    _I,
)
# A date after these opens a period ("fra 1. februar", "mellan den 1 februari och ...").
OPENS_BEFORE = re.compile(
    r"\b(?:fra|från|from|fom|mellan|mellom|melem|between|efter|etter|after|siden|sedan|since)"
    r"\s*(?:og med\s+|och med\s+)?(?:den\s+|the\s+)?$",
    _I,
)
# "... har fått forlenga frist", "... is extended": said of a date, it no longer holds. Only the
# perfect or passive counts, so "søke om utsatt frist" (asking for more time) does not.
MOVED_AFTER = re.compile(
    r"\b(?:har fått|har|er|är|blitt|blivit|blevet|ble|blei|blev|vart|has been|have been|was|were|is)\s+"
    r"(?:(?!ikke\b|ikkje\b|inte\b|not\b)\w+\s+)?"
    r"(?:forlen[gt]\w*|forlæng\w*|förläng\w*|extended|postponed|utsatt|utsett|udskudt|udsat)"
    r"|\bny frist\b|\bnew deadline\b",
    _I,
)
# Between two dates of one period ("1. marts til 15. april", "31.1–18.2.2024").
RANGE = re.compile(r"^\s*(?:–|-|—|til|till|to|until|through)\s*(?:den\s+|the\s+|og med\s+|och med\s+)?$", _I)
# Between two dates of one list ("24.mars og 1.august", "17. maj kl. 12.00, 1. juni").
LIST = re.compile(
    r"^[\s,;]*(?:(?:kl\.?|klokken|klockan|at)\s*\d{1,2}(?:[.:]\d\d)?[\s,;]*)?"
    r"(?:og|och|and|samt|eller|or|&)?\s*(?:den\s+|the\s+)?$",
    _I,
)
# A short qualifier then a list word: "1. mars 2024 for kommuner og 1. april 2024 for ...".
LIST_AFTER_QUALIFIER = re.compile(r"^[^.;:]{0,40}?(?:,|\bog|\boch|\band|\bsamt|\beller|\bor)\s*(?:den\s+|the\s+)?$", _I)
# A relative clause between applying and a limit moves the limit onto something else.
RELATIVE = re.compile(r"\b(?:som|that|which|who)\b", _I)
