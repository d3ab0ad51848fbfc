"""The Python API a user imports: the same pipeline as the CLI, on documents in memory."""

from datetime import date

import pytest

import timeline
from timeline.model import DctSource, Document


def test_tag_accepts_an_iso_string_dct() -> None:
    [timex] = timeline.tag("The treaty was signed on April 8th.", dct="2010-11-10")
    assert (timex.text, timex.value) == ("April 8th", "2010-04-08")


def test_bad_dct_string_is_a_readable_value_error() -> None:
    with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
        timeline.tag("today", dct="8 Dec 2011")


def test_document_without_dct_warns_and_leaves_relative_dates_unanchored() -> None:
    document = Document("memo", "The board met yesterday and will meet again on March 3, 2012.")
    result = timeline.process_document(document)
    assert [t.anchored for t in result.timexes] == [False, True]
    assert "no publication date" in result.warnings[0] and "--dct" in result.warnings[0]
    assert [e.date for e in result.events] == ["2012-03-03"]


def test_link_merges_a_batch_into_one_graph() -> None:
    text = "Ministers signed the accord in Vienna on Monday."
    documents = [
        Document(name, text, dct=date(2011, 12, 8), dct_source=DctSource.GIVEN) for name in ("a", "b")
    ]
    merged = timeline.link(timeline.process_document(d) for d in documents)
    [event] = merged.events
    assert event.date == "2011-12-05"
    assert [s.document for s in event.sources] == ["a", "b"]
    assert event.id in merged.graph


def test_public_names_resolve() -> None:
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None
    with pytest.raises(AttributeError):
        timeline.no_such_thing  # noqa: B018
