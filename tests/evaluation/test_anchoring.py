from datetime import date
from pathlib import Path

from timeline.evaluation.anchoring import AnchoringScores, evaluate_anchoring, parse_anchoring
from timeline.model import Event, Precision, Span, Status
from timeline.pipeline import process_document

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>The talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> after they <EVENT eid="e2" class="OCCURRENCE">lasted</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>; a vote is <EVENT eid="e3" class="OCCURRENCE">due</EVENT> <TIMEX3 tid="t3" type="DATE" value="1998-03">in March</TIMEX3>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="NONE" aspect="NONE" polarity="POS" pos="ADJECTIVE" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="DURING" eventInstanceID="ei2" relatedToTime="t2" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
<TLINK lid="l4" relType="INCLUDES" timeID="t3" relatedToEventInstance="ei3" />
</TimeML>
"""  # noqa: E501


def _event_on(text: str, trigger: str, timex: str, value: str) -> Event:
    t_start, x_start = text.index(trigger), text.index(timex)
    return Event(
        id=trigger, title=trigger, date=value, start=date(1998, 2, 12), end=date(1998, 2, 12),
        precision=Precision.DAY, status=Status.OCCURRED, sentence=text, document="demo",
        time_text=timex, time_span=Span(x_start, x_start + len(timex)),
        trigger=trigger, trigger_span=Span(t_start, t_start + len(trigger)),
    )  # fmt: skip


def test_gold_pairs_are_dating_links_to_text_timexes_in_either_direction() -> None:
    gold = parse_anchoring(TIMEML, "demo")
    assert gold.document.dct == date(1998, 2, 13)
    assert [(p.event_text, p.timex_text, p.value) for p in gold.pairs] == [
        ("ended", "Thursday", "1998-02-12"),
        ("due", "in March", "1998-03"),
    ]


def test_scores_count_found_pairs_spurious_events_and_wrong_dates() -> None:
    gold = parse_anchoring(TIMEML, "demo")
    text = gold.document.text
    scores = AnchoringScores()
    events = [
        _event_on(text, "ended", "Thursday", "1998-02-12"),
        _event_on(text, "lasted", "three days", "P3D"),  # not a dating pair: spurious
    ]
    scores.add(gold, events)
    counts = (scores.gold_pairs, scores.found_pairs, scores.system_events, scores.matching_events)
    assert counts == (2, 1, 2, 1)
    assert (scores.recall, scores.precision, scores.date_accuracy) == (0.5, 0.5, 1.0)
    assert scores.misses == ["demo: 'due' @ 'in March' (1998-03)"]
    assert "recall 0.500" in scores.to_text()


def test_pipeline_anchors_real_corpus_events(corpora: Path) -> None:
    files = sorted((corpora / "AQUAINT").glob("*.tml"))[:12]
    scores = evaluate_anchoring(files, lambda document: process_document(document, "news").events)
    assert scores.gold_pairs > 50
    assert scores.recall >= 0.25 and scores.precision >= 0.6 and scores.date_accuracy >= 0.75
