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
    r"|\b(?:søknad|ansøgning|ansökning)s?f(?:rist|irst|rsit)\w*"  # "Søknadfrist", "Søknadsfirst": misspelt labels
    r"|\w*(?:innsendings|innleverings|indsendelses|inlämnings|insendings)(?:frist|datum|dato|dag)\w*"
    r"|\bfrist\w*\s+(?:for|til|för|at)\s+(?:å\s+|att\s+|at\s+)?(?:søk|sök|ansøg|ansök|innsending)\w*"
    r"|\b(?:sista|sidste|siste|seneste)\s+(?:ansökningsdag|ansøgningsdag|søknadsdag|frist)\w*"
    r"|\w*(?:ansöknings|ansøgnings|søknads)(?:datum|dato|dag)\w*"
    # "sista dag för kommuner att skicka in ansökningar", "last date for submitting applications"
    r"|\b(?:sista|sidste|siste|seinaste|last|final)\s+(?:dag|dagen|day|date|datum|dato|datoen|tidpunkt|tidspunkt)\b"
    r"[^.;:\d]{0,45}?\b(?:ansök|søk|ansøg|sök|apply|submi|appl|innsend|inlämn|indsend)\w*"
    # "Ansökan stänger", "søknadsportalen stenger", "the call closes"
    r"|\b(?:ansökan|ansökningar\w*|ansøgning\w*|søknad\w*|søknadsportal\w*|application\w*|calls?|utlysning\w*"
    r"|utlysing\w*|opslag\w*|pulje\w*|portal\w*)\s+(?:stänger|stängs|stenger|stenges|lukker|lukkes|closes|close)\b"
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
# A bare "Frist:" heading a line or table row is the application deadline on a grant page; so is the
# status of a call card ("Stängd 16 mars 2023", "Closes 5 May 2024").
FRIST_LABEL = re.compile(
    r"^\W*(?:frist(?:en|er|ene|ar|ane|erna)?|stängd|stängt|stengt|lukket|lukker|closed|closes|closing)\b\s*[:\-–]?", _I
)
# Applying, submitting, or claiming the money (requisition and invoice are how some grants are claimed).
APPLY = re.compile(
    r"\b(?:søk|sök|ansøg|ansök|ansøk)\w*|\bappl(?:y|ies|ied|ications?)\b|\bsubmi\w*|\brekvi\w*|\bfaktur\w*",
    _I,
)
# Words that point a date at something other than applying.
NEGATIVE = re.compile(
    r"\w*rapport\w*|\w*redovis\w*|\breport\w*|\w*regnskap\w*|\w*regnskab\w*"  # reports and accounts
    r"|\bbeslut\w*|\bbesked\w*|\bsvar\w*|\bvedtak\w*|\bafgørelse\w*|\btilsagn\w*"  # decisions
    r"|\bdecision\w*|\bavgj[eø]r\w*|\w*behandl\w*|\w*handl[äa]g\w*|\w*handsam\w*"
    r"|\bvurder\w*|\bbedöm\w*|\bbedøm\w*|\bassess\w*|\bevaluat\w*|\breview\w*|\bnotif\w*"  # assessment
    r"|\w*utbetal\w*|\w*udbetal\w*|\bbetal\w*\s+ut\b|\bpay\w*"  # payouts
    r"|\b(?:brukes|benyttes|anvendes|användas|används|forbrukes|spent|used)\b"  # when the money is spent
    r"|\bpubli\w*|\butlysningsdat\w*"
    r"|\bgjennomfør\w*|\bgenomför\w*|\bgennemfør\w*|\bavslutt\w*|\bafslut\w*|\bferdigstil\w*"  # carrying out
    r"|\bfärdigställ\w*|\bigangsett\w*|\bpåbegyn\w*|\bpåbörja\w*|\bimplement\w*|\bcompleted\b|\bfinish\w*"
    r"|\bfinner sted\b|\bfinder sted\b|\bäger rum\b|\btakes? place\b|\bavholdes\b|\bafholdes\b"  # events
    r"|\böppn\w*|\båpn\w*|\båbn\w*|\bopen\w*|\bstart\w*|\boppstart\w*|\bbörja\w*|\bbegyn\w*|\bbegin\w*"
    r"|\w*påmeld\w*|\w*tilmeld\w*|\w*anmäl\w*|\bsign(?:s|ing)?[- ]up\b|\bregistration\b"  # signing up
    r"|\w*möte[nt]?\b|\w*møte[nt]?\b|\w*møde[nt]?\b|\bmeeting\w*|\bwebinar\w*|\bseminar\w*|\bkonferen\w*|\bkonferan\w*"
    r"|\b(?!ansøgnings|ansöknings|søknads|utlysnings)\w*period\w*"  # project periods, not application periods
    r"|\btidl[ei]g[ae]re\b|\btidigare\b|\bordin[æa]r\w*|\bvanlig(?:t)?vis\b|\bnormalt\b"  # an earlier call
    r"|\bi\s?fjor\b|\bsidste år\b|\bförra året\b|\bprevious\w*|\blast year\b|\busually\b",
    _I,
)
# A time limit right before a date: "senast den", "innen", "i hænde senest", "no later than 12:00 CET on".
LIMIT_BEFORE = re.compile(
    r"(?:\binnen|\binnan|\binden|\bsenest|\bseinast|\bsenast|\bfør|\bföre|\bbefore|\bprior to|\bby"
    r"|\bno later than|\bnot later than|\btil og med|\btill och med|\bfram till|\bfrem til|\buntil|\bindtil"
    r"|\btillhanda|\btill handa|\bi hænde|\bi hende|\bvara inne|\bdue(?:\s+(?:on|by))?)"
    r"[\s,:]*(?:(?:kl\.?|klokken|klockan|at)?\s*(?:\d{1,2}[.:]\d\d\s*(?:CES?T|[AP]\.?M\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon)[\s,]*)?"
    r"(?:on\s+|den\s+|the\s+|d\.\s*)?$",
    _I,
)
# "forlenget til", "utsatt till", "extended to": the date after it is the new deadline.
MOVED_TO_BEFORE = re.compile(
    r"\b(?:forlen[gt]\w*|forlæng\w*|förläng\w*|utvid\w*|udvid\w*|utsatt|utsettes|udskudt|udsat|extended|postponed)"
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
RANGE = re.compile(
    r"^\s*(?:,?\s*(?:kl\.?|klokken|klockan|at)\s*\d{1,2}(?:[.:]\d\d)?\s*)?"  # "22. marts 2024 klokken 12.00 til"
    r"(?:–|-|—|til|till|to|until|through)\s*(?:den\s+|the\s+|og med\s+|och med\s+)?$",
    _I,
)
# Between two dates of one list ("24.mars og 1.august", "17. maj kl. 12.00, 1. juni").
LIST = re.compile(
    r"^[\s,;]*(?:(?:kl\.?|klokken|klockan|at)\s*\d{1,2}(?:[.:]\d\d)?[\s,;]*)?"
    r"(?:og|och|and|samt|eller|or|&)?\s*(?:den\s+|the\s+)?$",
    _I,
)
# A short qualifier then a list word: "1. mars 2024 for kommuner og 1. april 2024 for ...".
# Or a list word, a qualifier and a dash: "9 March 2022, whereas for the core projects – 15 March 2022".
LIST_AFTER_QUALIFIER = re.compile(
    r"^[^.;:]{0,40}?(?:,|\bog|\boch|\band|\bsamt|\beller|\bor)\s*(?:den\s+|the\s+)?$"
    r"|^\s*(?:,|\bog\b|\boch\b|\band\b|\bsamt\b|\bmens\b|\bmedan\b|\bwhereas\b|\bwhile\b)[^.;:]{0,45}?\s[–—-]\s*$",
    _I,
)
# A relative clause between applying and a limit moves the limit onto something else.
RELATIVE = re.compile(r"\b(?:som|that|which|who)\b", _I)
# Between a date and a later one that replaces it: "1. juni 2019 (utvidet til mandag 3. juni)".
MOVED_BETWEEN = re.compile(
    r"^[\s,(]*(?:men\s+|but\s+)?(?:forlen[gt]\w*|forlæng\w*|förläng\w*|utvid\w*|udvid\w*|utsatt|udskudt|udsat"
    r"|extended|postponed)\s+(?:til|till|to|until)\s*(?:den\s+|the\s+)?$",
    _I,
)
# A date that a deadline word follows: "15. juni er første søknadsfrist", "Den 15 oktober 2016 är sista
# dagen att ansöka", "15. januar gikk fristen ut".
IS_BEFORE_CUE = re.compile(
    r"^[\s,]*(?:(?:kl\.?|klokken|klockan|at)\s*\d{1,2}[.:]\d\d\s*)?(?:er|är|var|is|was|blir|bliver|will be|vil være)"
    r"\s+(?:(?:den|det|the|første|fyrste|första|first|ny|new|nästa|neste|næste|next)\s+){0,2}",
    _I,
)
# A schedule line: "1. juli 2021: Søknadsfrist for kommunene."
SCHEDULE_AFTER = re.compile(r"^\s*(?:,?\s*(?:kl\.?|klokken|klockan|at)\s*\d{1,2}[.:]\d\d\s*)?[:–—(-]\s*", _I)
EXPIRED_AFTER = re.compile(
    r"^[\s,]*(?:gikk|gick|gik|gjekk|løp|løb|löpte|går|gaar)\s+(?:\w+\s+)?(?:\w*frist\w*|ansökningstiden|søknadstida?)\s+ut\b",
    _I,
)
# The day's last minute after a date ("14.02.2025 23:59", "1. november kl. 23.59"): the moment something
# closes. A key-data layout that lost its label ("Deadline") still gives its date this way.
CLOSING_TIME_AFTER = re.compile(
    r"^\s*,?\s*(?:kl\.?|klokken|klockan|klokka|at)?\s*(?:23[.:]59(?:[.:]\d\d)?|24[.:]00(?:[.:]00)?)(?!\d)", _I
)
# A date that counts from something else ("31 augusti året innan", "1. mars året før") is a rule, not a day.
RELATIVE_YEAR = re.compile(
    r"^[\s,]*(?:i\s+)?(?:året|the year|år)\s+(?:innan|innen|før|före|forud|før|before|efter|etter|after|prior)\b", _I
)
# What makes a deadline relative to an event: "14 måneder etter bosettingsdatoen", "senast sex månader
# efter att", "45 dygn före evenemanget", "within 30 days of".
RELATIVE_TIME = re.compile(
    r"\b(?:\d+|en|ett|et|ei|one|to|två|two|tre|three|fire|fyra|four|fem|five|seks|sex|six|sju|syv|seven|åtte|åtta|otte"
    r"|eight|ni|nio|nine|ti|tio|ten|tolv|twelve|fjorten|fjórtán|fourteen|\w+tio|\w+ti)\s+"
    r"(?:dag|dager|dagar|dage|days?|døgn|dygn|uke|uker|veke|veker|vekene|veck\w*|uge\w*|weeks?|måned\w*|månad\w*|months?|år|years?)\b"
    r"[^.;]{0,30}?\b(?:etter|efter|after|før|före|forud for|before|innan|prior to|from|fra|från|of)\b"
    r"|\b(?:året|the year)\s+(?:innan|før|före|forud|before|prior)\b",
    _I,
)
# One list of how a text says applications are taken at any time, used by the deadline answer and by
# the eligibility check alike. "Søknader behandles fortløpende" is such a statement: a grant that
# processes as applications come in has no closing day.
ROLLING = re.compile(
    r"\b(?:fortløp\w*|løpende|løpande|løypande|fortløypande|fortløpande|fortlöpande|löpande|løbende|"
    r"hele året|heile året|hela året|hele året rundt|året rundt|året runt|all year|all year round|"
    r"rolling basis|on a rolling|on an ongoing basis|continuously|"
    r"när som helst|når som helst|kva tid som helst|at any time|any time|anytime|"
    r"ingen (?:søknads|ansöknings|ansøgnings)?frist|ingen ansökningstid|no (?:application )?deadline)\b",
    _I,
)
# "mellan 16 september och 16 oktober", "between 1 March and 30 April": one period.
BETWEEN_BEFORE = re.compile(r"\b(?:mellan|mellom|melem|imellem|between)\s*(?:den\s+|the\s+)?$", _I)
AND_BETWEEN = re.compile(r"^\s*(?:och|og|and|&)\s*(?:den\s+|the\s+)?$", _I)
# Words that only say a period of applying is open: "under perioden", "är öppen", "during the period".
WINDOW_WORDS = re.compile(
    r"\b(?:under|i|in|during|inom|innenfor|indenfor)\s+(?:perioden|tidsrommet|tiden|the period)\b|\bperiod\w*"
    r"|\b(?:öppen|öppet|åpen|åpent|åben|åbent|open|opens)\b",
    _I,
)
# The period of the work, not of applying: "søges om midler til projekter i perioden fra ...".
WORK = re.compile(r"\w*(?:projekt|prosjekt|project|tiltak|aktivitet|activit|insats|åtgärd|indsats)\w*", _I)
# The part of NEGATIVE that names another kind of deadline; a deadline word tied to its date by "er",
# "är", "is" or ":" still gives way to these, but not to a qualifier ("för projekt med start under 2020").
OTHER_DEADLINE = re.compile(
    r"\w*rapport\w*|\w*redovis\w*|\breport\w*|\w*regnskap\w*|\w*regnskab\w*|\bbeslut\w*|\bvedtak\w*"
    r"|\bdecision\w*|\w*utbetal\w*|\w*udbetal\w*|\bpay\w*"
    r"|\btidl[ei]g[ae]re\b|\btidigare\b|\bordin[æa]r\w*|\bvanlig(?:t)?vis\b|\bnormalt\b"
    r"|\bi\s?fjor\b|\bsidste år\b|\bförra året\b|\bprevious\w*|\blast year\b|\busually\b",
    _I,
)
COPULA_BEFORE = re.compile(r"(?:\b(?:er|är|var|is|was|blir|bliver)\s*(?:den\s+|the\s+|on\s+)?|:\s*)$", _I)
OPEN_FROM_BEFORE = re.compile(
    r"\b(?:öppen|öppet|åpen|åpent|åben|åbent|open)\s+(?:fra|från|from|mellan|mellom|between)?\s*(?:den\s+|the\s+)?$", _I
)
PERIOD = re.compile(r"\w*period\w*|\btidsrom\w*", _I)
# A closing verb right before a date: "ansökan ... som stänger 28 januari 2022", "the call closes on".
CLOSES_BEFORE = re.compile(
    r"\b(?:stänger|stängs|stenger|stenges|lukker|lukkes|closes|closing)\s*:?\s*(?:den\s+|on\s+|the\s+|d\.\s*)?$", _I
)
# A limit word on its own, anywhere in a sentence.
LIMIT_WORD = re.compile(
    r"\b(?:innen|innan|inden|senest|seinast|senast|by|before|no later than|not later than|within|inom|innanfor)", _I
)
