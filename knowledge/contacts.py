"""People and channels presented as contacts for the grant (not a publication's own footer).

A phone number or e-mail address counts only when the text presents it as a contact: in a
sentence with a contact cue ("Har du spørsmål, ta kontakt med …"), in the lines under a
contact heading ("Kontaktperson:", "Ved spørgsmål kontakt:"), or under a line that starts
with a person's name. Site footers, editorial boxes and switchboards are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.emails import EMAIL
from knowledge.footers import content_end, in_footer_paragraph, paragraph_at
from knowledge.issuers import extract_issuer
from knowledge.lines import Line, line_index, split_lines
from knowledge.models import ContactFact, Document
from knowledge.names import Name, is_name_line, last_person_name, person_names
from knowledge.phones import find_phones, phone_region
from knowledge.sentences import split_sentences

_CUE = re.compile(
    r"\b(?:kontakt\w*|contact\w*|spørsmål\w*|spurnad\w*|spørgsmål\w*|spørgmål\w*|frågor|frågan|"
    r"questions?|henvend\w*|oplysninger|upplysningar|hör\s+(?:gärna\s+)?av|funderar|undrar|"
    r"enquir\w*|inquir\w*|skicka\s+(?:ett\s+)?e-?post|send\w*\s+(?:en\s+|ein\s+|an\s+)?e-?(?:post|mail)|mejla|maila|"
    r"skriv\w*\s+till?\b|write\s+to\b|"
    r"(?:mer|mere|nærmere|närmare|yderligere|ytterligere|ytterligare|tilläggs|tilleggs|more|further|additional)\s*"
    r"(?:informasjon|information|opplysninger|oplysninger|upplysningar)|flere\s+oplysninger)",
    re.I,
)
# "Att. Agneta Marmestrand" names the person an application goes to.
_ATTENTION = re.compile(r"\b(?:Att|Attn)(?:\.:?|:)[ \t]*")
_LABEL = re.compile(r"^(?:e-?post|e-?mail|mail|telefon|tlf|tel|mobil|phone|fax)\.?:?$", re.I)
# "Søknaden sendes til post@…": the application's inbox, even in a sentence that mentions a contact.
_APPLICATION_SENT = re.compile(
    r"\b(?:søknad\w*|ansøgning\w*|ansökan|ansökningar|application\w*)\b[^.]*\b(?:sendes|skickas|indsendes|"
    r"sende\s+inn|skicka\s+in|submitted|sent)\b",
    re.I,
)
# A phone or e-mail label right before the item, in the same line.
_LABEL_BEFORE = re.compile(
    r"\b(?:tlf|tel|telefon|telefonnummer|tfn|phone|mobil|mob|puh|e-?post|e-?mail|mail)\.?:?[ \t\xa0]*$", re.I
)
_PROSE_WORDS = 4
_BLOCK_LINES = 10
_POSTCODE_LINE = re.compile(r"^[ \t|]*(?:DK-)?(?:\d{4}|\d{3} \d{2})[ \t]+[A-ZÆØÅÄÖ]", re.M)
_NAME_REACH = 60  # a phone this close after a name starting its line is that person's
# Words of section headings that may follow an empty contact heading in scraped pages.
_SECTION_WORD = re.compile(
    r"frist|dato|date|beløb|beløp|belopp|søknad|ansøgning|ansökan|formål|syfte|målgrupp|kriteri|vilkår|villkor|"
    r"rapport|regelverk|dokument|vedlegg|bilag|relatert|relaterad",
    re.I,
)
_GRANT_WORD = re.compile(
    r"tilskud|tilskot|bidrag|støtte|stöd|pulje|midler|midlar|medel|søknad|søkna|ansøg|ansök|"
    r"grant|funding|call|utlys|sök|søk",
    re.I,
)


@dataclass
class _Item:
    kind: str  # "phone" or "email"
    value: str
    start: int
    end: int


@dataclass
class _Anchor:
    group: int  # items with the same group belong to one sentence or block
    start: int  # where a name may start
    attention: bool = False


@dataclass
class _Contact:
    group: int
    start: int
    end: int
    name: str | None = None
    phone: str | None = None
    email: str | None = None


def _items(text: str, country: str | None) -> list[_Item]:
    """Phones and e-mails inside the announcement proper: after it starts, before the page footer."""
    phones = [_Item("phone", p.e164, p.start, p.end) for p in find_phones(text, country)]
    emails = [_Item("email", m.group().rstrip("."), m.start(), m.end()) for m in EMAIL.finditer(text)]
    first, last = _content_start(text), content_end(text)
    items = [i for i in phones + emails if first <= i.start < last and not _organisation_block(text, i.start)]
    return sorted(items, key=lambda i: i.start)


def _organisation_block(text: str, offset: int) -> bool:
    """A footer paragraph, or the organisation's own postal block (street, postcode, switchboard, no person)."""
    if in_footer_paragraph(text, offset):
        return True
    start, end = paragraph_at(text, offset)
    block = text[start:end]
    return bool(_POSTCODE_LINE.search(block)) and not person_names(block)


def _content_start(text: str) -> int:
    """Where the announcement starts: its first word about grants or applying.

    Banners above it ("Ring koronatelefon …") carry phone numbers that are not the grant's.
    """
    m = _GRANT_WORD.search(text)
    return m.start() if m else 0


def _heading_text(line: Line) -> str | None:
    """The line as a heading: short, or the last sentence of a paragraph that ends with a colon."""
    if len(line.text) <= 60:
        return line.text
    if line.text.endswith(":"):
        last = split_sentences(line.text)[-1].text
        return last if len(last) <= 90 else None
    return None


def _block_anchor(lines: list[Line], index: int, offset: int) -> _Anchor | None:
    """The contact heading or name line a few lines above line ``index``, if any."""
    only_labels = True
    for j in range(index, max(-1, index - _BLOCK_LINES), -1):
        line = lines[j]
        if j < index and line.text.endswith(("?", ".")) and len(line.text) > 60:
            return None  # a paragraph of prose ends the block
        attention = _ATTENTION.search(line.text)
        if attention:
            return _Anchor(line.start, line.start + attention.end(), attention=True)
        heading = _heading_text(line)
        if heading and _CUE.search(heading):
            start = line.end - len(heading)
            return _Anchor(start, start)
        if only_labels and is_name_line(line.text) and (j < index or offset - line.start <= _NAME_REACH):
            return _Anchor(line.start, line.start)  # "Kari Nordmann, seniorrådgiver, tlf. 22 24 90 90"
        only_labels = only_labels and (j == index or _is_label_or_item(line.text))
    return None


def _is_label_or_item(text: str) -> bool:
    return bool(_LABEL.match(text) or EMAIL.search(text) or re.search(r"\d{2}", text))


def _anchor(text: str, item: _Item, lines: list[Line], sentences) -> _Anchor | None:
    """What presents ``item`` as a contact: a cue in its sentence, or a heading or name above it."""
    sentence = next((s for s in sentences if s.start <= item.start < s.end), None)
    if sentence is not None:
        if item.kind == "email" and _APPLICATION_SENT.search(sentence.text):
            return None
        cues = [m for m in _CUE.finditer(sentence.text) if sentence.start + m.start() < item.start]
        if cues or _CUE.search(sentence.text):
            start = sentence.start + (cues[-1].start() if cues else 0)
            return _Anchor(sentence.start, start)
    index = line_index(lines, item.start)
    block = None if index is None else _block_anchor(lines, index, item.start)
    return block or _under_label(lines, index) or _labelled_in_prose(text, item, sentence)


def _under_label(lines: list[Line], index: int | None) -> _Anchor | None:
    """"rådgiver Kari Nordmann.\nE-post:\nkari@x.no": a value under its label, with a person named
    just above. Without a person the label may be an office's switchboard, which is no contact."""
    if index is None or index < 2 or not _LABEL.match(lines[index - 1].text):
        return None
    above = lines[max(0, index - 3) : index - 1]
    if not any(person_names(line.text) for line in above):
        return None
    return _Anchor(lines[index - 1].start, above[0].start)


def _labelled_in_prose(text: str, item: _Item, sentence) -> _Anchor | None:
    """A number or address labelled inside a sentence ("… rekvireres hos Stab på tlf. 8888 5500"):
    the sentence offers it to the reader. A bare "Telefon 56 16 00 00" line under an office's name
    is the switchboard, not a contact."""
    if sentence is None:
        return None
    label = _LABEL_BEFORE.search(text, max(sentence.start, item.start - 25), item.start)
    if label is None or len(text[sentence.start : label.start()].split()) < _PROSE_WORDS:
        return None
    return _Anchor(sentence.start, sentence.start)


def _name_for(text: str, item: _Item, anchor: _Anchor, previous: _Item | None) -> Name | None:
    """The person named between the anchor (or the previous item of the group) and ``item``."""
    start = anchor.start if previous is None else max(anchor.start, previous.end)
    return last_person_name(text[start : item.start], start)


def _email_fits(email: str, name: Name | None) -> bool:
    """Whether an address under an "Att." line is that person's own (not the office's inbox)."""
    local = email.split("@")[0].lower()
    return name is not None and any(part.lower() in local for part in name.text.split() if len(part) > 2)


def _assemble(text: str, found: list[tuple[_Item, _Anchor]]) -> list[_Contact]:
    contacts: list[_Contact] = []
    previous: dict[int, _Item] = {}
    for item, anchor in found:
        name = _name_for(text, item, anchor, previous.get(anchor.group))
        previous[anchor.group] = item
        if anchor.attention and not (
            item.kind == "email" and _email_fits(item.value, name or _attention_name(text, anchor))
        ):
            continue
        last = contacts[-1] if contacts else None
        if name is None and last and last.group == anchor.group and getattr(last, item.kind) is None:
            setattr(last, item.kind, item.value)
            last.end = item.end
            continue
        if name is None and anchor.attention:
            name = _attention_name(text, anchor)
        start = name.start if name else min(anchor.start, item.start)
        contact = _Contact(anchor.group, start, item.end, name.text if name else None)
        setattr(contact, item.kind, item.value)
        contacts.append(contact)
    return contacts


def _attention_name(text: str, anchor: _Anchor) -> Name | None:
    line_end = text.find("\n", anchor.start)
    names = person_names(text[anchor.start : line_end if line_end >= 0 else len(text)], anchor.start)
    return names[0] if names else None


def _quote(text: str, contact: _Contact) -> str:
    return text[contact.start : contact.end].strip()


def _merged(facts: list[ContactFact]) -> list[ContactFact]:
    """One fact per person or channel: the same name's details are joined, repeats dropped."""
    out: list[ContactFact] = []
    for fact in facts:
        twin = next((f for f in out if _same(f, fact)), None)
        if twin is None:
            out.append(fact)
            continue
        for key in ("name", "phone", "email"):
            if getattr(twin, key) is None:
                setattr(twin, key, getattr(fact, key))
    return out


def _same(a: ContactFact, b: ContactFact) -> bool:
    if a.name and b.name:
        return a.name == b.name
    return bool((a.phone and a.phone == b.phone) or (a.email and a.email.lower() == (b.email or "").lower()))


def extract_contacts(doc: Document) -> list[ContactFact]:
    """People and channels presented as contacts for the grant (not a publication's own footer)."""
    text = doc.text
    lines, sentences = split_lines(text), split_sentences(text)
    found = []
    for item in _items(text, phone_region(doc)):
        anchor = _anchor(text, item, lines, sentences)
        if anchor is not None:
            found.append((item, anchor))
    facts = [
        ContactFact(
            quote=_quote(text, c), name=c.name, phone=c.phone, email=c.email.lower() if c.email else None
        )
        for c in _assemble(text, found)
    ]
    return _merged(facts + _named_only(doc, text[: content_end(text)], lines))


_PROPER = r"[A-ZÆØÅÄÖ][\wæøåäö-]+(?:[ \t]+[A-ZÆØÅÄÖ][\wæøåäö-]+)*"
_CONTACT_VERB = (
    r"(?i:ta\s+kontakt\s+med|kontakt(?:e|a|er)?|henvend\s+(?:deg|dig)\s+til|vänd\s+dig\s+till|contact)"
)
_CONTACT_PROPER = re.compile(rf"\b{_CONTACT_VERB}\s+(?:gjerne\s+|gärna\s+)?({_PROPER})")
_CONTACT_US = re.compile(rf"\b{_CONTACT_VERB}\s+(?:oss|os|us)\b", re.I)
# "Ta gjerne kontakt med oss i fylkesbiblioteket": the unit that "us" is.
_CONTACT_US_UNIT = re.compile(
    rf"\b{_CONTACT_VERB}\s+(?:med\s+)?(?:oss|os|us)\s+(?:i|på|hos|ved|at|in)\s+((?:the\s+)?[a-zæøåäö]{{4,}}(?:et|en|a|n))\b", re.I
)
_CONTACT_SENTENCE_CHARS = 400
_CONTACT_DEFINITE = re.compile(
    rf"\b{_CONTACT_VERB}\s+(?:gjerne\s+|gärna\s+)?([a-zæøåäö]{{5,}}(?:et|en|a))\b", re.I
)


def _named_only(doc: Document, text: str, lines: list[Line]) -> list[ContactFact]:
    """Contacts given by name only: "Ta kontakt med Husbanken", "kontakte oss", a unit under "Kontakt"."""
    out: list[ContactFact] = []
    for s in split_sentences(text):
        name = _addressee(doc, text, s.text)
        if name:
            out.append(ContactFact(quote=s.text, name=name))
        if len(s.text) <= _CONTACT_SENTENCE_CHARS and _CUE.search(s.text):
            # "Kontakt saksbehandlarar for ordninga: Tobias Høyvik og Eline Kvamme Hagen"
            out += [ContactFact(quote=s.text, name=n.text) for n in person_names(s.text)]
    lines = [ln for ln in lines if ln.end <= len(text)]
    for k, line in enumerate(lines):
        if _CUE.search(line.text) and (len(line.text) <= 40 or line.text.endswith(":")):
            out += _heading_names(lines[k + 1 : k + 11])
    return out


def _addressee(doc: Document, text: str, sentence: str) -> str | None:
    """Who a "contact …" phrase in ``sentence`` points to, when it names or implies a body."""
    m = _CONTACT_PROPER.search(sentence)
    if m and not person_names(m.group(1)) and m.group(1).split()[0].lower() not in ("oss", "os", "us"):
        return m.group(1)
    unit = _CONTACT_US_UNIT.search(sentence)
    if unit:
        return unit.group(1)
    if _CONTACT_US.search(sentence):
        return extract_issuer(doc)
    m = _CONTACT_DEFINITE.search(sentence)
    return _body_named(text, m.group(1)) if m else None


def _body_named(text: str, definite: str) -> str | None:
    """The capitalised body name a definite noun refers back to ("sekretariatet" → "… Udviklingssekretariat")."""
    stem = re.sub(r"(et|en|a)$", "", definite.lower())
    for m in re.finditer(_PROPER, text):
        words = m.group().split()
        if len(words) >= 2 and words[-1].lower().endswith(stem):
            return m.group()
    return None


def _heading_names(block: list[Line]) -> list[ContactFact]:
    """Names under a contact heading that come without a phone or e-mail of their own."""
    out: list[ContactFact] = []
    for line in block:
        if _CUE.search(line.text) or line.text.endswith(("?", ".")):
            break  # the next heading, or prose
        if not _is_label_or_item(line.text) and is_name_line(line.text):
            out.append(ContactFact(quote=line.text, name=person_names(line.text)[0].text))
    if not out and block and _is_unit_name(block[0].text):
        out.append(ContactFact(quote=block[0].text, name=block[0].text))
    return out


def _is_unit_name(text: str) -> bool:
    """A short capitalised line without digits: the name of an office or unit."""
    shape = re.fullmatch(r"[A-ZÆØÅÄÖ][^\W\d]+(?:[ -][^\W\d]+){0,4}", text)
    return bool(shape) and not _SECTION_WORD.search(text)
