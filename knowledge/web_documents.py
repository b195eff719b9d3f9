"""A fetched response as a document (HTML through trafilatura, PDF through pypdf, by content type),
and the entries of a sitemap or RSS/Atom feed.

Feeds and sitemaps are read with the standard library's ElementTree: it resolves no external
entities, and the expat it runs on (2.4+) refuses entity expansion bombs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Literal
from urllib.parse import urljoin, urlsplit

from knowledge.errors import LoadError
from knowledge.fetch import Fetched
from knowledge.loaders import RawDocument, content_hash, decode, normalise_meta, read_html, read_pdf

Kind = Literal["page", "sitemap", "feed"]
_ATOM = "{http://www.w3.org/2005/Atom}"


def _media_type(fetched: Fetched) -> str:
    return fetched.content_type.split(";")[0].strip().lower()


def _charset(fetched: Fetched) -> str | None:
    for param in fetched.content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None


def _text(fetched: Fetched) -> str:
    charset = _charset(fetched)
    if charset:
        try:
            return fetched.content.decode(charset).replace("\r\n", "\n").replace("\r", "\n")
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header: guess from the bytes as for a file
    return decode(fetched.content)


def document_of(fetched: Fetched) -> RawDocument:
    """The page as a RawDocument whose ``source`` is the address asked for; LoadError when unusable."""
    media = _media_type(fetched)
    path = urlsplit(fetched.final_url).path.lower()
    name = fetched.url
    if not fetched.content.strip():
        raise LoadError(f"{name}: empty response")
    meta: dict = {}
    if media == "application/pdf" or (media in ("", "application/octet-stream") and path.endswith(".pdf")):
        text = read_pdf(name, fetched.content)
    elif media in ("text/html", "application/xhtml+xml") or (not media and path.endswith((".html", ".htm"))):
        html = _text(fetched)
        text, meta = read_html(html)
    elif media.startswith("text/"):
        text = _text(fetched)
    else:
        raise LoadError(f"{name}: cannot read content of type {media or '(none)'}; HTML, PDF or text is needed")
    if not text.strip():
        raise LoadError(f"{name}: no text found")
    # The page's own address is the link every answer gives, whatever the page says its URL is.
    meta["url"] = fetched.final_url
    return RawDocument(fetched.url, None, text, content_hash(fetched.content), normalise_meta(meta))


def kind_of(fetched: Fetched) -> Kind:
    """A sitemap, a feed or a page, from the content's root element (content types lie often)."""
    root = _xml_root(fetched)
    if root is None:
        return "page"
    tag = root.tag.rsplit("}", 1)[-1]
    if tag in ("urlset", "sitemapindex"):
        return "sitemap"
    if tag in ("rss", "feed", "RDF"):
        return "feed"
    return "page"


def _xml_root(fetched: Fetched) -> ET.Element | None:
    media = _media_type(fetched)
    head = fetched.content[:200].lstrip()
    if "xml" not in media and not head.startswith(b"<?xml") and not head.startswith((b"<rss", b"<feed", b"<urlset")):
        return None
    try:
        return ET.fromstring(fetched.content)
    except ET.ParseError:
        return None


def entries_of(fetched: Fetched) -> tuple[list[str], list[str]]:
    """The page addresses a sitemap or feed lists, and the nested sitemaps a sitemap index lists."""
    root = _xml_root(fetched)
    if root is None:
        raise LoadError(f"{fetched.url}: not a readable sitemap or feed")
    tag = root.tag.rsplit("}", 1)[-1]
    base = fetched.final_url
    if tag in ("urlset", "sitemapindex"):
        locs = [(el.text or "").strip() for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "loc"]
        locs = [urljoin(base, loc) for loc in locs if loc]
        return ([], locs) if tag == "sitemapindex" else (locs, [])
    links: list[str] = []
    if tag == "feed":  # Atom: an entry's alternate link
        for entry in root.iter(f"{_ATOM}entry"):
            for link in entry.iter(f"{_ATOM}link"):
                if link.get("rel", "alternate") == "alternate" and link.get("href"):
                    links.append(urljoin(base, link.get("href")))
                    break
    else:  # RSS 2.0 and RSS 1.0 (RDF): an item's link
        for item in root.iter():
            if item.tag.rsplit("}", 1)[-1] != "item":
                continue
            link = next((el for el in item if el.tag.rsplit("}", 1)[-1] == "link"), None)
            if link is not None and (link.text or "").strip():
                links.append(urljoin(base, link.text.strip()))
    return list(dict.fromkeys(links)), []
