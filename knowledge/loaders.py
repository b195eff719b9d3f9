"""Reading announcement files (.txt .md .html .htm .pdf) into raw text plus front matter."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from knowledge.errors import LoadError

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


@dataclass
class RawDocument:
    source: str
    path: str | None
    text: str
    content_hash: str
    meta: dict = field(default_factory=dict)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) first, else the best charset guess (cp1252/latin-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "utf_16"]).best()
        return str(best) if best is not None else data.decode("cp1252", errors="replace")


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (``---`` fenced) at the top of a Markdown file, and the body after it."""
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    try:
        meta = yaml.safe_load(text[3:end]) or {}
    except yaml.YAMLError:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    body = text[end + 4 :].lstrip("\n")
    return meta, body


def _html_text(html: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    return text or ""


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        return "\n\n".join((page.extract_text() or "") for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise LoadError(f"{path.name}: not a readable PDF ({exc})") from exc


def _html_meta(html: str) -> dict:
    import trafilatura

    meta = trafilatura.extract_metadata(html)
    if meta is None:
        return {}
    out = {"title": meta.title, "url": meta.url, "published": meta.date, "issuer": meta.sitename}
    return {k: v for k, v in out.items() if v}


def load_file(path: Path) -> RawDocument:
    """Read one file into a RawDocument; raises LoadError with the reason when it cannot."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"{path.name}: unsupported file type {suffix or '(none)'}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot read ({exc.strerror})") from exc
    meta: dict = {}
    if suffix == ".pdf":
        text = _pdf_text(path)
    else:
        text = decode(data)
        if suffix == ".md":
            meta, text = split_front_matter(text)
        elif suffix in (".html", ".htm"):
            meta = _html_meta(text)
            text = _html_text(text)
    if not text.strip():
        raise LoadError(f"{path.name}: no text found")
    return RawDocument(path.name, str(path), text, content_hash(data), _normalise_meta(meta))


def _normalise_meta(meta: dict) -> dict:
    out = {k: meta[k] for k in ("url", "title", "issuer", "published") if meta.get(k)}
    pub = out.get("published")
    if isinstance(pub, dt.datetime):
        out["published"] = pub.date()
    elif isinstance(pub, str):
        try:
            out["published"] = dt.date.fromisoformat(pub[:10])
        except ValueError:
            out.pop("published")
    return out


def iter_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the supported files below them, sorted; files are kept as given."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(p)
    return out
