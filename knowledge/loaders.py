"""Reading announcement files (.txt .md .html .htm .pdf) into raw text plus front matter."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from knowledge.errors import LoadError

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
# Single-byte encodings Nordic offices still produce; cp1252 first, as it is latin-1 plus – « » €.
_LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "latin_1"]
_WRAPPED = re.compile(r"(?<=[\w,;)])[ \t]*\n(?=[ \t]*[a-zæøåäöü0-9(])")
# Runs of spaces inside a line: pypdf writes one for every positioning gap ("Bidrag  till  kommuner").
_SPACE_RUN = re.compile(r"[^\S\n]{2,}")
_LINE_END_SPACE = re.compile(r"[^\S\n]+(?=\n|$)")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass
class RawDocument:
    source: str
    path: str | None
    text: str
    content_hash: str
    meta: dict = field(default_factory=dict)


def content_hash(data: bytes) -> str:
    """Hex SHA-256 of the file's bytes: unchanged files are recognised by it."""
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes) -> str:
    """Bytes to text: a BOM's encoding, else UTF-8, else the best single-byte guess (cp1252/latin-1)."""
    text = _decode_any(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_any(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    if _mostly_utf8(lenient):
        return lenient
    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    return str(best) if best is not None else data.decode("cp1252", errors="replace")


def _mostly_utf8(text: str) -> bool:
    """UTF-8 with a few stray bytes (a pasted cp1252 character) rather than a cp1252 file."""
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return good >= 3 * bad


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
    import trafilatura  # on use: it takes about a second to import, and most documents are text

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    # Very short pages fall below trafilatura's content threshold; take their bare text instead.
    return text or trafilatura.html2txt(html) or ""


def _html_meta(html: str) -> dict:
    import trafilatura  # on use, as above

    # extensive=False: a date from the page's metadata only; the extensive search picks dates out of
    # the body text, which in an announcement are deadlines, not the publication date.
    meta = trafilatura.extract_metadata(html, extensive=False)
    if meta is None:
        return {}
    out = {"title": meta.title, "url": meta.url, "published": meta.date, "issuer": meta.sitename}
    return {k: v for k, v in out.items() if v}


@contextmanager
def _quiet(logger_name: str):
    """Silence a library's warnings about a damaged file: the LoadError says it in one line."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pdf_text(name: str, data: bytes) -> str:
    from pypdf import PdfReader  # on use: only PDFs need it (a third of a second to import)
    from pypdf.errors import FileNotDecryptedError

    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data))
            return "\n\n".join(unwrap_lines(single_spaced(page.extract_text() or "")) for page in reader.pages)
    except FileNotDecryptedError as exc:
        raise LoadError(f"{name}: the PDF is encrypted; save an unprotected copy and ingest that") from exc
    except Exception as exc:  # noqa: BLE001 - a damaged PDF can make pypdf raise almost anything
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise LoadError(f"{name}: not a readable PDF, damaged or truncated ({reason})") from exc


def single_spaced(text: str) -> str:
    """PDF text with every run of spaces inside a line made one space, and none at line ends."""
    # Done once here, where the text is loaded: chunks, facts and quotes are all cut from this text,
    # so a quote stays verbatim to what was loaded and "Anna Svensson" is found as written.
    return _SPACE_RUN.sub(" ", _LINE_END_SPACE.sub("", text))


def unwrap_lines(text: str) -> str:
    """PDF text with the printed line breaks inside its sentences turned into spaces."""
    # pypdf returns the page's printed lines, and a sentence broken over two could not be quoted
    # as one. A break is joined when the line does not end a sentence or heading and the next goes
    # on in lower case ("… sendes til\nkommunen innen 1. mars"). Written here: pypdf has no
    # paragraph reconstruction, and the loader is what decides what a PDF's text is.
    return _WRAPPED.sub(" ", text)


def _read_text(path: Path, data: bytes) -> tuple[str, dict]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf_text(path.name, data), {}
    text = decode(data)
    if suffix == ".md":
        meta, text = split_front_matter(text)
        return text, meta
    if suffix in (".html", ".htm"):
        return _html_text(text), _html_meta(text)
    return text, {}


def load_file(path: Path) -> RawDocument:
    """Read one file into a RawDocument; raises LoadError with the reason when it cannot."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(
            f"{path.name}: unsupported file type {suffix or '(none)'}; use .txt .md .html .htm or .pdf"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path.name}: cannot read ({exc.strerror})") from exc
    if not data.strip():
        raise LoadError(f"{path.name}: empty file")
    text, meta = _read_text(path, data)
    if not text.strip():
        reason = "no text layer (scanned PDF?)" if suffix == ".pdf" else "no text found"
        raise LoadError(f"{path.name}: {reason}")
    return RawDocument(path.name, str(path), text, content_hash(data), _normalise_meta(meta))


def read_html(html: str) -> tuple[str, dict]:
    """An HTML page's main text and its metadata (title, url, published, issuer)."""
    return _html_text(html), _html_meta(html)


def read_pdf(name: str, data: bytes) -> str:
    """A PDF's text layer; LoadError naming ``name`` when it cannot be read."""
    return _pdf_text(name, data)


def normalise_meta(meta: dict) -> dict:
    """The metadata keys a document uses, with ``published`` as a date (or left out)."""
    return _normalise_meta(meta)


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
    elif not isinstance(pub, dt.date):
        out.pop("published", None)
    return out


def _is_supported(f: Path, folder: Path) -> bool:
    # Hidden files (".DS_Store", "._x.txt" from macOS, editor swap files) are never announcements.
    hidden = any(part.startswith(".") for part in f.relative_to(folder).parts)
    return f.is_file() and not hidden and f.suffix.lower() in SUPPORTED_SUFFIXES


def iter_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the supported files below them, sorted; files are kept as given."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if _is_supported(f, p))
        else:
            out.append(p)
    return out
