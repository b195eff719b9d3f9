"""What web-page and e-mail chrome looks like in Nordic public-sector pages.

Written here because trafilatura only sees HTML: our inputs are mostly text already extracted
(badly) from pages, so the same kinds of clues are applied to lines of text instead.
Every rule describes a kind of page furniture, never one site or document.
"""

from __future__ import annotations

import re

# Whole lines that are navigation, page tools or widget labels on their own.
_NAV_LINES = set(
    "hopp til innhold|hopp til hovedinnhold|gå til innhold|gå til hovedinnhold|gå til indhold|"
    "gå til hovedindhold|till innehåll|hoppa till innehållet|gå till innehållet|skip navigation|"
    "skip to content|skip to main content|meny|menu|menü|søk|sök|english|in english|på svenska|"
    "på norsk|historisk arkiv|arkiv|skriv ut|print|lytt|lytt til teksten|lyssna|læs op|del|dela|"
    "del siden|del artikkelen|dela sidan|til toppen|till toppen|tilbake|tillbaka|tilbage|forside|"
    "startsida|hjem|home|logg inn|logga in|log ind|choose an area:|fant du det du lette etter?|"
    "fann du det du leita etter?|hittade du det du letade efter?|fandt du det, du søgte?|"
    "var denne siden nyttig?|var sidan till hjälp?|var siden nyttig?|facebook|twitter|linkedin|"
    "instagram|youtube|rss|rss-feed".split("|")
)
# Lines that begin like this are page chrome whatever follows.
_CHROME_PREFIX = re.compile(
    r"^(sist oppdatert|sist endret|sist endra|senest opdateret|sidst opdateret|senast uppdaterad|"
    r"senast ändrad|publisert under:|følg oss|følj oss|följ oss|follow us|del på|dela på|share on|"
    r"del denne|dela sidan)",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"klikk for st(ort|ørre) bil|klicka för större bild|klik for stort billede", re.IGNORECASE
)
_SOCIAL = re.compile(r"facebook|twitter|linkedin|instagram|youtube|flickr", re.IGNORECASE)
_SOCIAL_VERB = re.compile(r"^(følg|følj|följ|follow|del|dela|share)\b", re.IGNORECASE)
_COOKIE = re.compile(r"cookies?|informasjonskapsl|informasjonskapsel|\bkakor\b", re.IGNORECASE)
_COOKIE_ACT = re.compile(r"accept|godta|godkjenn|acceptera|samtyk|bruker|använder|anvender|bruges", re.I)
_BROWSER = re.compile(r"nettleser|webbläsare|browser|webbrowser", re.IGNORECASE)
_BROWSER_ACT = re.compile(r"internet explorer|oppgrader|uppgradera|opgrader|upgrade", re.IGNORECASE)
_SKIP_LINK = re.compile(
    r"^(hopp|gå|hoppa|skip)\b.*\b(innhold|indhold|innehåll|content|navigation|meny|menu)", re.IGNORECASE
)
_MARKUP = re.compile(r"xmlns=|viewBox=|^</?[a-z][\w:-]*[\s>/]|/>\s*$|^[\w:-]+=\"[^\"]*\"")
_DIGIT_RUN = re.compile(r"^\d{14,}$")  # concatenated timestamps (YYYYMMDDhhmmss...)
# A bare image path, or a site-relative link: what is left of an <img> or <a> after extraction.
_FILE_PATH = re.compile(r"^(/?[\w./-]+\.(jpe?g|png|gif|svg|webp)|/[\w./-]+)$", re.IGNORECASE)
_MENU_SEPARATORS = re.compile(r"\s[|>›»]\s")
_TABLE_SEPARATOR = " | "

# Lines that start the site footer: from one of them on, nothing is announcement content.
_FOOTER_START = re.compile(
    r"^(ansvarlig redaktør|ansvarleg redaktør|ansvarshavende redaktør|ansvarig utgivare|"
    r"redaksjonssjef|nettredaktør|kontakt redaksjonen|om oss|om os|about us|"
    r"fant du det du lette etter|fann du det du leita etter|hittade du det du letade efter|"
    r"fandt du det, du søgte|var denne siden nyttig|var sidan till hjälp)\b",
    re.IGNORECASE,
)
# Footer link labels: only as a whole line, since as a prefix they may open real text ("Personvern: ...").
_FOOTER_LINES = set(
    "personvern|personvernerklæring|informasjonskapsler|tilgjengelighetserklæring|om nettstedet|"
    "integritetspolicy|tillgänglighetsredogörelse|om webbplatsen|"
    "privatlivspolitik|cookiepolitik|tilgængelighedserklæring|om hjemmesiden|privacy policy|"
    "accessibility statement|abonner på nyhetsbrev|prenumerera på nyhetsbrev|tilmeld nyhedsbrev".split("|")
)
_ABOUT_HEADING = re.compile(r"^Om ([A-ZÆØÅÄÖ][\w-]+)$")
_RULE = re.compile(r"[-_=*~]{10,}")


def is_chrome_line(line: str) -> bool:
    """True for a line that is navigation, a page tool, a notice or markup rather than content."""
    s = line.strip()
    low = s.lower()
    if low.rstrip(" :") in _NAV_LINES or low in _NAV_LINES or _CHROME_PREFIX.match(s):
        return True
    if _MARKUP.search(s) or _DIGIT_RUN.match(s) or _FILE_PATH.match(s):
        return True
    if (len(s) <= 80 and _SKIP_LINK.match(s)) or (len(s) <= 200 and _CAPTION.search(s)):
        return True
    if len(s) <= 200 and _SOCIAL.search(s) and (_SOCIAL_VERB.match(s) or not _SOCIAL.sub("", s).strip()):
        return True
    return _is_notice(s) or is_menu_line(s)


def _is_notice(s: str) -> bool:
    """Cookie and outdated-browser banners."""
    if len(s) > 400:
        return False
    return bool(
        (_COOKIE.search(s) and _COOKIE_ACT.search(s)) or (_BROWSER.search(s) and _BROWSER_ACT.search(s))
    )


def is_menu_line(s: str) -> bool:
    """A breadcrumb or menu bar: three or more short items joined by | > › or », with no numbers
    (a row of a table has figures; tables are also told apart by their neighbours, see is_table_row)."""
    parts = _MENU_SEPARATORS.split(s)
    if len(parts) < 3 or any(c.isdigit() for c in s):
        return False
    return all(0 < len(p.strip()) <= 40 for p in parts)


def is_table_row(lines: list[str], i: int) -> bool:
    """A line with cell separators next to another such line: part of a table, never chrome."""
    near = lines[max(i - 1, 0) : i] + lines[i + 1 : i + 2]
    return _TABLE_SEPARATOR in lines[i] and any(_TABLE_SEPARATOR in line for line in near)


def is_footer_start(line: str, next_line: str) -> bool:
    """True when ``line`` opens the site footer or an about-the-organisation block."""
    s = line.strip()
    if len(s) > 60:
        return False
    if _FOOTER_START.match(s) or s.lower() in _FOOTER_LINES:
        return True
    about = _ABOUT_HEADING.match(s)
    # "Om Helsedirektoratet" followed by "Helsedirektoratet er ..." describes the publisher, not the grant.
    return bool(about) and next_line.strip().startswith(about.group(1) + " ")


def cut_at_rule(line: str) -> str:
    """The part of ``line`` before a long dashed rule: what follows is a mail or list signature."""
    m = _RULE.search(line)
    return line[: m.start()] if m else line
