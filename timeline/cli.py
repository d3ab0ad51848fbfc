"""The ``timeline`` command: a thin layer over :mod:`timeline.pipeline` and friends.

Errors the user can act on print as one line (``error: FILE: problem``); exit code 2 means a
usage error, 1 that nothing (or not everything asked for) could be done.  ``--debug`` shows
tracebacks.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from timeline import atomic
from timeline.errors import InputError, TimelineError
from timeline.pipeline import (
    DocumentResult,
    Stage,
    link,
    parse_dct,
    process_document,
    process_paths,
    tag_document,
)

app = typer.Typer(
    help="Turn news articles and other text into dated events, an event graph and an HTML timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)
stderr = Console(stderr=True, highlight=False)

T = TypeVar("T")


class EventFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Mode(str, Enum):
    auto = "auto"
    news = "news"
    narrative = "narrative"


class Lanes(str, Enum):
    status = "status"
    source = "source"
    actor = "actor"
    place = "place"
    none = "none"


Files = Annotated[
    list[Path], typer.Argument(help="Files or folders (.txt, .md, .html, .tml).", show_default=False)
]
DctOption = Annotated[
    str | None,
    typer.Option(
        "--dct", help="Publication date YYYY-MM-DD for every input (default: read from each document)."
    ),
]
ModeOption = Annotated[
    Mode,
    typer.Option(
        help="Resolve relative dates against the DCT (news) or the last date mentioned (narrative)."
    ),
]
EncodingOption = Annotated[
    str | None, typer.Option(help="Text encoding of the inputs (default: UTF-8, or as a BOM says).")
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")]
TitleOption = Annotated[str | None, typer.Option(help="Page title (default: from the documents).")]
LanesOption = Annotated[Lanes, typer.Option(help="Group events into lanes by this attribute.")]
TopOption = Annotated[
    int | None, typer.Option("--top", min=1, help="Draw only the N most salient events.", show_default=False)
]


def _fail(message: str, code: int) -> typer.Exit:
    stderr.print(f"[bold red]error:[/] {message}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def friendly_errors(command: Callable[..., T]) -> Callable[..., T]:
    """Turn exceptions into one-line messages unless ``--debug`` was given."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except TimelineError as exc:
            if kwargs.get("debug"):
                raise
            raise _fail(str(exc), 1) from None
        except KeyboardInterrupt:
            raise _fail("interrupted", 130) from None
        except Exception as exc:  # a bug: say so plainly, keep the traceback for --debug
            if kwargs.get("debug"):
                raise
            raise _fail(f"internal error: {exc!r} (run again with --debug for details)", 1) from None

    return wrapper


def _dct(value: str | None) -> Any:
    try:
        return parse_dct(value)
    except ValueError as exc:
        raise _fail(f"--dct: {exc}", 2) from None


def _progress(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    """Show a progress bar on stderr when there is more than one item and stderr is a terminal."""
    if total <= 1:
        yield from items
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)


def _skipped(error: InputError) -> None:
    stderr.print(f"[bold red]error:[/] {error} (skipped)", soft_wrap=True)


def _process(
    files: list[Path], dct: str | None, mode: Mode, encoding: str | None, stage: Stage = process_document
) -> list[DocumentResult]:
    """Run a per-document stage on every input, report bad files and warnings, stop if none worked."""
    from timeline.ingest import expand_paths

    reference = _dct(dct)
    results: list[DocumentResult] = []
    found, missing = expand_paths(files)  # walked once: the count drives the progress bar
    failures = len(missing)
    for error in missing:
        _skipped(error)
    stream = process_paths(found, reference, encoding=encoding, mode=mode.value, stage=stage)
    for item in _progress(stream, len(found), "processing"):
        if isinstance(item, InputError):
            failures += 1
            _skipped(item)
            continue
        for warning in item.warnings:
            stderr.print(f"[yellow]warning:[/] {warning}", soft_wrap=True)
        results.append(item)
    if not results:
        raise _fail("no input could be processed" if failures else "no input files given", 1)
    return results


def _write_or_print(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        atomic.write_text(output, text)
        stderr.print(f"wrote {output}")


@app.command()
@friendly_errors
def extract(
    files: Files,
    dct: DctOption = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Output format.")] = EventFormat.json,
    output: OutputOption = None,
    mode: ModeOption = Mode.auto,
    encoding: EncodingOption = None,
    debug: DebugOption = False,
) -> None:
    """Extract dated events from articles.

    Example: `timeline extract examples/ -o events.json`
    """
    from timeline.serialize import FORMATTERS, dumps_events

    results = _process(files, dct, mode, encoding)
    events = [e for r in results for e in r.events]
    if format is EventFormat.json:
        warnings = [w for r in results for w in r.warnings]
        text = dumps_events(events, [r.document for r in results], warnings)
    else:
        text = FORMATTERS[format.value](events)
    _write_or_print(text, output)


def _page_title(results: list[DocumentResult], title: str | None) -> str:
    if title:
        return title
    if len(results) == 1 and results[0].document.title:
        return results[0].document.title
    return f"Timeline of {len(results)} document{'s' * (len(results) != 1)}"


@app.command()
@friendly_errors
def build(
    files: Files,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file (or .png/.svg/.pdf image).")],
    graph: Annotated[
        Path | None, typer.Option(help="Also write the event graph (.json node-link or .graphml).")
    ] = None,
    events: Annotated[Path | None, typer.Option(help="Also write the events as JSON.")] = None,
    dct: DctOption = None,
    title: TitleOption = None,
    lanes: LanesOption = Lanes.status,
    top: TopOption = None,
    mode: ModeOption = Mode.auto,
    encoding: EncodingOption = None,
    debug: DebugOption = False,
) -> None:
    """Extract, link and render in one go (`--top` thins the timeline; the events and graph files keep all).

    Example: `timeline build examples/ -o timeline.html --graph graph.json --events events.json`
    """
    from timeline.linking import write_graph
    from timeline.serialize import dumps_events

    results = _process(files, dct, mode, encoding)
    merged = link(results)
    if events is not None:
        atomic.write_text(
            events, dumps_events(merged.events, merged.documents, merged.warnings, merged.relations)
        )
        stderr.print(f"wrote {events}")
    if graph is not None:
        write_graph(merged.graph, graph)
        stderr.print(f"wrote {graph}")
    shown = _top(list(merged.events), top)
    _render(shown, output, _page_title(results, title), lanes, embed=False)
    stderr.print(f"{len(shown)} of {len(merged.events)} events from {len(results)} document(s)")


def _top(events: list[Any], top: int | None) -> list[Any]:
    from timeline.salience import top_events

    return events if top is None else top_events(events, top)


def _render(events: list[Any], output: Path, title: str, lanes: Lanes, *, embed: bool) -> None:
    from timeline import render

    if output.suffix.lower() in {".png", ".svg", ".pdf"}:
        render.write_image(events, output, title=title, lanes=lanes.value)
    else:
        render.write_html(events, output, title=title, lanes=lanes.value, embed=embed)
    stderr.print(f"wrote {output}")


@app.command("render")
@friendly_errors
def render_command(
    events_file: Annotated[Path, typer.Argument(help="Events JSON written by `timeline extract`.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file, or .png/.svg/.pdf image.")],
    title: TitleOption = None,
    lanes: LanesOption = Lanes.status,
    embed: Annotated[bool, typer.Option(help="Write an HTML fragment to paste into a page.")] = False,
    top: TopOption = None,
    debug: DebugOption = False,
) -> None:
    """Render events written by `extract`, without re-extracting.

    Example: `timeline render events.json -o timeline.html --top 50`
    """
    from timeline.serialize import load_events

    _render(_top(load_events(events_file), top), output, title or "Timeline", lanes, embed=embed)


def _known_language(language: str) -> str:
    from timeline.temporal.other_languages import is_supported

    if not is_supported(language):
        raise typer.BadParameter(f"unknown language {language!r} (use a code such as en, fr, de, es)")
    return language


class TagFormat(str, Enum):
    timeml = "timeml"
    json = "json"


def _timexes_json(result: DocumentResult) -> str:
    import json

    from timeline.serialize import timex_to_dict

    payload = {
        "document": result.document.id,
        "dct": result.document.dct.isoformat() if result.document.dct else None,
        "timexes": [timex_to_dict(t) for t in result.timexes],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _timeml(result: DocumentResult) -> str:
    from timeline.ingest.timeml import to_timeml

    document = result.document
    return to_timeml(document.text, result.timexes, document.dct, document.id)


@app.command()
@friendly_errors
def tag(
    files: Files,
    dct: DctOption = None,
    format: Annotated[
        TagFormat, typer.Option("--format", "-f", help="TimeML with inline TIMEX3, or JSON.")
    ] = (TagFormat.timeml),
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", "-o", help="Write one file per input here (default: stdout)."),
    ] = None,
    mode: ModeOption = Mode.auto,
    language: Annotated[
        str,
        typer.Option(
            help="Language code; other than English, dates only, through dateparser.",
            callback=_known_language,
        ),
    ] = "en",
    encoding: EncodingOption = None,
    debug: DebugOption = False,
) -> None:
    """Annotate time expressions as TimeML TIMEX3 (TempEval tools can score the output).

    Example: `timeline tag article.txt --dct 2010-11-10` or `timeline tag corpus/ -o tagged/`
    """
    results = _process(files, dct, mode, encoding, stage=functools.partial(tag_document, language=language))
    render = _timeml if format is TagFormat.timeml else _timexes_json
    suffix = ".tml" if format is TagFormat.timeml else ".json"
    if output_dir is None:
        for result in results:
            sys.stdout.write(render(result))
        return
    for result in results:
        atomic.write_text(output_dir / f"{result.document.id}{suffix}", render(result))
    stderr.print(f"wrote {len(results)} file(s) to {output_dir}")


class ReportFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("eval")
@friendly_errors
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold TimeML (.tml) files.")],
    system: Annotated[
        Path | None,
        typer.Option(help="Folder of system TimeML files, same names (default: tag the gold texts)."),
    ] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
    output: OutputOption = None,
    mode: ModeOption = Mode.auto,
    events: Annotated[
        bool, typer.Option("--events", help="Score event anchoring (EVENT-TIMEX3 TLINKs) instead of timexes.")
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Score time expressions with the TempEval-3 Task A measures, or events with `--events`.

    Example: `timeline eval ../shared/corpora/TBAQ-cleaned/TimeBank` or
    `timeline eval ../shared/corpora/TBAQ-cleaned/AQUAINT --events`
    """
    import json

    for folder, label in ((gold_dir, "gold folder"), (system, "--system folder")):
        if folder is not None and not folder.is_dir():
            raise _fail(f"{folder}: {label} does not exist or is not a folder", 2)
    if events:
        report: Any = _anchoring_report(gold_dir, mode)
    else:
        from timeline.evaluation.tempeval import evaluate_dir

        report = evaluate_dir(gold_dir, system, mode=mode.value)
    text = report.to_text() if format is ReportFormat.text else json.dumps(report.to_dict(), indent=2) + "\n"
    _write_or_print(text, output)


def _anchoring_report(gold_dir: Path, mode: Mode) -> Any:
    from timeline.evaluation.anchoring import evaluate_anchoring

    files = sorted(gold_dir.rglob("*.tml"))
    if not files:
        raise _fail(f"{gold_dir}: no .tml files", 1)
    return evaluate_anchoring(
        _progress(files, len(files), "scoring"), lambda doc: process_document(doc, mode.value).events
    )


@app.command()
@friendly_errors
def check(
    files: Files,
    dct: DctOption = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
    output: OutputOption = None,
    mode: ModeOption = Mode.auto,
    encoding: EncodingOption = None,
    debug: DebugOption = False,
) -> None:
    """Report chronology problems; exit 1 when there is any error, so it can gate a briefing.

    Dates against their article's date, reports that disagree on a date, orders the text states
    ("two days after the summit") that the dates contradict, and stated orders that go in a circle.

    Example: `timeline check examples/ --format json`
    """
    import json

    from timeline.checks import Severity, check_all, format_report, problem_to_dict

    results = _process(files, dct, mode, encoding)
    merged = link(results)
    problems = check_all(merged.events, {r.document.id: r.timexes for r in results}, merged.relations)
    if format is ReportFormat.text:
        text = format_report(problems)
    else:
        text = json.dumps([problem_to_dict(p) for p in problems], ensure_ascii=False, indent=2) + "\n"
    _write_or_print(text, output)
    if any(p.severity is Severity.ERROR for p in problems):
        raise typer.Exit(1)


class ExportFormat(str, Enum):
    timelinejs = "timelinejs"
    csv = "csv"
    ics = "ics"
    graphml = "graphml"


@app.command()
@friendly_errors
def export(
    events_file: Annotated[Path, typer.Argument(help="Events JSON written by `timeline extract`.")],
    to: Annotated[ExportFormat, typer.Option("--to", help="Target format.")],
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Convert events for other tools: TimelineJS3 JSON, CSV, iCalendar, or a GraphML graph.

    Example: `timeline export events.json --to timelinejs -o timelinejs.json`
    """
    from timeline.serialize import load_events

    loaded = load_events(events_file)
    if to is ExportFormat.graphml:
        from timeline.linking import build_graph, write_graph

        if output is None or output.suffix.lower() != ".graphml":
            raise _fail("--to graphml needs -o FILE.graphml", 2)
        write_graph(build_graph(loaded), output)
        stderr.print(f"wrote {output}")
        return
    from timeline.export import EXPORTERS, in_calendar

    _write_or_print(EXPORTERS[to.value](loaded), output)
    left_out = 0 if to is not ExportFormat.ics else sum(not in_calendar(e) for e in loaded)
    if left_out:
        stderr.print(f"[yellow]warning:[/] {left_out} BCE event(s) left out: iCalendar has no year before 1")
