"""Property tests: any bytes give a Document or an InputError; text round-trips; detect_dct is total."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.ingest import detect_dct, read_document
from timeline.model import Document

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text a person could have written: no control characters besides tab and newlines.
_PROSE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), whitelist_characters="\t\n\r"), max_size=300
)


def _read_bytes_as(suffix: str, content: bytes) -> Document | InputError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(content)
        try:
            return read_document(path)
        except InputError as exc:
            return exc


@_SETTINGS
@given(suffix=st.sampled_from([".txt", ".md", ".html"]), content=st.binary(max_size=400))
def test_any_bytes_give_a_document_or_an_input_error(suffix: str, content: bytes) -> None:
    result = _read_bytes_as(suffix, content)
    assert isinstance(result, InputError) or result.text.strip()


@_SETTINGS
@given(text=_PROSE)
def test_text_round_trips_modulo_newlines(text: str) -> None:
    result = _read_bytes_as(".txt", text.encode("utf-8"))
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if expected.strip():
        assert not isinstance(result, InputError), result
        assert result.text == expected
    else:
        assert isinstance(result, InputError) and result.problem.startswith("empty file")


@_SETTINGS
@given(text=st.text(max_size=400) | _PROSE.map(lambda s: f"{s}\nPublished: 2011-12-08\n{s}"))
def test_detect_dct_is_total_and_its_span_slices_to_its_text(text: str) -> None:
    found = detect_dct(text)
    assert found is None or found.span.slice(text) == found.text
