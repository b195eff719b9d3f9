"""One YAML rule file per grant under GRANTBOT_HOME/rules: written at ingest, read at check time.

A file a caseworker edited (its fingerprint no longer matches) or marked ``locked: true`` is
never overwritten or removed by grantbot.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from eligibility.derive import derive_rules
from eligibility.errors import RuleFileError
from eligibility.rules import GrantRules
from knowledge.crash_points import crash_point
from knowledge.models import Document, GrantRecord

_MARK = "# fingerprint: "
_HEADER = """\
# Eligibility rules for: {title}
# Derived by grantbot from {source}. Each rule quotes the sentence it rests on.
# Correct any value here; grantbot keeps a file you have edited. Set `locked: true`
# to keep it even unedited when the announcement is ingested again.
"""


def rules_path(home: Path, grant_id: str) -> Path:
    return Path(home) / "rules" / f"{grant_id}.yaml"


def _fingerprint(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def _rule_dict(rule) -> dict:
    # Kind first and evidence last, so the file reads "what, then why".
    data = rule.model_dump(mode="python", exclude_none=True)
    head, tail = {"rule": data.pop("rule")}, {k: data.pop(k) for k in ("quote", "source") if k in data}
    return head | data | tail


def render(rules: GrantRules) -> str:
    """The YAML text of a rule file, ending with the fingerprint of everything above it."""
    data = rules.model_dump(mode="python", exclude={"rules"}) | {
        "rules": [_rule_dict(r) for r in rules.rules]
    }
    body = _HEADER.format(title=rules.title.replace("\n", " "), source=rules.source)
    body += yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return f"{body}{_MARK}{_fingerprint(body)}\n"


def is_kept(path: Path) -> bool:
    """True when the file is locked, hand-edited or unreadable: grantbot must leave it alone."""
    text = path.read_text(encoding="utf-8")
    body, _, mark = text.rpartition(_MARK)
    if not body or mark.strip() != _fingerprint(body):
        return True
    try:
        return bool((yaml.safe_load(body) or {}).get("locked"))
    except (yaml.YAMLError, AttributeError):
        return True


def write_rules(home: Path, record: GrantRecord, document: Document) -> Path:
    """Derive one grant's rules and write its file, unless a caseworker's version is there."""
    path = rules_path(home, record.id)
    if path.exists() and is_kept(path):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(render(derive_rules(record, document)))
    crash_point("rule file written")
    os.replace(tmp, path)
    return path


def remove_rules(home: Path, grant_id: str) -> None:
    """Remove a grant's generated file; a locked or hand-edited one stays."""
    path = rules_path(home, grant_id)
    if path.exists() and not is_kept(path):
        path.unlink()


def _field(error: dict) -> str:
    return ".".join(str(part) for part in error["loc"]) or "(top level)"


def load_rules(path: Path) -> GrantRules:
    """Read and validate a rule file; RuleFileError names the file and the field that is wrong.

    A file is parsed again only when its text changed: parsing the YAML took 17 ms of every check
    and eligibility answer, reading it takes microseconds. The rules returned are shared by every
    caller: read them, never change them.
    """
    return _parsed(str(path), path.read_text(encoding="utf-8"))


@lru_cache(maxsize=256)
def _parsed(path: str, text: str) -> GrantRules:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        line = f" line {where.line + 1}" if where else ""
        raise RuleFileError(
            f"Rule file {path}{line} is not valid YAML: fix it or delete it to derive it again"
        ) from None
    try:
        return GrantRules.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        raise RuleFileError(
            f"Rule file {path}: field {_field(first)}: {first['msg']} (fix it or delete the file to derive it again)"
        ) from None
