"""A reader's embedded Chroma sees vectors another process wrote, once that writer has finished:
without reopening, Chroma answers from the nearest-neighbour index it loaded into memory."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from knowledge.models import Document, GrantRecord
from retrieval.embeddings import HashingEmbedder
from retrieval.index import HybridIndex
from settings import Settings

ROOT = Path(__file__).resolve().parents[2]
WRITER = textwrap.dedent("""
    import sys
    from knowledge.models import Document, GrantRecord
    from settings import Settings
    from retrieval.embeddings import HashingEmbedder
    from retrieval.index import HybridIndex
    index = HybridIndex(Settings(home=sys.argv[1]), embedder=HashingEmbedder())
    text = "Søknadsfristen for tilskudd til lyktestolper er 15. mars 2031."
    with index.batch():
        index.replace(GrantRecord(id="lykt", title="Lyktestolper", source="lykt.txt", language="nb"),
                      Document(source="lykt.txt", title="Lyktestolper", text=text, language="nb", content_hash="2"))
""")


def test_a_reader_finds_a_grant_another_process_embedded(tmp_path):
    settings = Settings(home=tmp_path / "home")
    reader = HybridIndex(settings, embedder=HashingEmbedder())
    text = "Frist for søknad er mandag 6. september 2004 for fyrtårnskommuner."
    with reader.batch():
        reader.replace(GrantRecord(id="fyr", title="Fyrtårn", source="fyr.txt", language="nb"),
                       Document(source="fyr.txt", title="Fyrtårn", text=text, language="nb", content_hash="1"))
    vector = reader.embed_query("lyktestolper")
    assert {c.metadata["grant_id"] for c, _ in reader.store.query(vector, 5)} == {"fyr"}

    subprocess.run([sys.executable, "-c", WRITER, str(settings.home)], check=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, capture_output=True)

    passages = reader.search("lyktestolper", k=5)
    assert {c.metadata["grant_id"] for c, _ in reader.store.query(vector, 5)} == {"fyr", "lykt"}
    assert passages[0].grant_id == "lykt"
