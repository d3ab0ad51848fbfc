"""Languages without a rule file go through dateparser's locale data."""

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.model import Precision
from timeline.temporal.other_languages import RULE_LANGUAGES, tag_other_language

CASES = [
    ("fr", "Les ministres se sont réunis le 8 avril 2010 à Prague.", "8 avril 2010", "2010-04-08"),
    ("fr", "Ils se réuniront de nouveau en mai 2012.", "mai 2012", "2012-05"),
    ("es", "Los ministros se reunieron el 8 de abril de 2010 en Praga.", "8 de abril de 2010", "2010-04-08"),
    ("es", "Ayer los ministros no llegaron a un acuerdo.", "Ayer", "2011-12-07"),
    ("de", "Die Minister trafen sich gestern in Berlin.", "gestern", "2011-12-07"),
]


def test_english_has_a_rule_file() -> None:
    assert "en" in RULE_LANGUAGES


def test_dates_in_other_languages_with_tight_extents() -> None:
    for language, text, expression, value in CASES:
        found = [(t.text, t.value) for t in timeline.tag(text, dct="2011-12-08", language=language)]
        assert found == [(expression, value)], (language, text, found)


def test_month_precision_and_offsets() -> None:
    text = "Ils se réuniront de nouveau en mai 2012."
    [timex] = tag_other_language(text, None, "fr")
    assert timex.precision is Precision.MONTH
    assert text[timex.span.start : timex.span.end] == timex.text


def test_without_a_dct_only_dates_that_state_their_year() -> None:
    assert [t.value for t in timeline.tag("Hier, le 8 avril 2010.", language="fr")] == ["2010-04-08"]


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for timex in tag_other_language(text, None, "fr"):
        assert text[timex.span.start : timex.span.end] == timex.text


def test_unknown_language_is_reported() -> None:
    from timeline.temporal.other_languages import is_supported

    assert is_supported("en") and is_supported("de") and not is_supported("xx")
