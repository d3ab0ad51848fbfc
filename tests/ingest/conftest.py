"""Paths the ingest tests read: seed articles, hand-written fixtures and the TimeML corpora."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
FIXTURES = REPO / "tests" / "fixtures" / "ingest"
CORPORA = REPO / ".." / "shared" / "corpora"
GLOBAL_RESEARCH = EXAMPLES / "000_627a13c363480fff.txt"
SPACE_WAR = EXAMPLES / "003_0013bbebfd2da064.txt"
