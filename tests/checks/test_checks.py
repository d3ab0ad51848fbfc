from dataclasses import replace
from datetime import date

from timeline.checks import (
    Severity,
    check_all,
    date_conflicts,
    format_report,
    status_against_dct,
    unanchored_dates,
)
from timeline.model import Event, Precision, Span, Status, Timex, TimexType


def test_occurred_event_after_its_article_is_an_error(prague_event: Event) -> None:
    future = replace(prague_event, date="2010-12-01", start=date(2010, 12, 1), end=date(2010, 12, 1))
    [problem] = status_against_dct([future])
    assert problem.kind == "occurred_after_dct" and problem.severity is Severity.ERROR
    assert "2010-11-10" in problem.message and problem.evidence == prague_event.sources


def test_planned_event_before_its_article_is_an_error(prague_event: Event) -> None:
    planned = replace(prague_event, status=Status.PLANNED)
    [problem] = status_against_dct([planned])
    assert problem.kind == "planned_before_dct"


def test_a_plan_for_a_period_already_over_is_a_warning(prague_event: Event) -> None:
    quarter = replace(
        prague_event, status=Status.EXPECTED, date="2010-Q2", precision=Precision.QUARTER,
        start=date(2010, 4, 1), end=date(2010, 6, 30),
    )  # fmt: skip
    [problem] = status_against_dct([quarter])
    assert problem.kind == "planned_before_dct" and problem.severity is Severity.WARNING


def test_consistent_events_pass(prague_event: Event) -> None:
    planned_later = replace(
        prague_event,
        status=Status.PLANNED,
        date="2010-11-20",
        start=date(2010, 11, 20),
        end=date(2010, 11, 20),
    )
    assert status_against_dct([prague_event, planned_later]) == []


def test_month_of_the_same_event_is_compatible_but_another_month_conflicts(prague_event: Event) -> None:
    [source] = prague_event.sources
    day = replace(source, value="2010-04-08")
    month = replace(source, document="other", value="2010-04", time_text="April")
    assert date_conflicts([replace(prague_event, sources=(day, month))]) == []
    wrong = replace(source, document="other", value="2010-05-08", time_text="May 8")
    [problem] = date_conflicts([replace(prague_event, sources=(day, month, wrong))])
    assert {s.document for s in problem.evidence} == {"000_627a13c363480fff", "other"}
    assert "2010-05-08" in problem.message


def test_unanchored_dates_are_warnings_and_report_orders_errors_first(prague_event: Event) -> None:
    relative = Timex(Span(0, 9), "yesterday", TimexType.DATE, "XXXX-XX-XX", Precision.DAY, anchored=False)
    problems = check_all([replace(prague_event, status=Status.PLANNED)], {"doc": [relative]})
    assert [p.severity for p in problems] == [Severity.ERROR, Severity.WARNING]
    assert unanchored_dates("doc", [relative])[0].kind == "unanchored_date"
    report = format_report(problems)
    assert report.startswith("ERROR [planned_before_dct]") and report.endswith("1 error(s), 1 warning(s)\n")
