"""Tagger speed on the TBAQ corpus, with dateparser's search_dates on the same texts for comparison.

Usage: python benchmarks/bench_tagger.py [corpus_dir] [--peer-docs N]
Documents are read one at a time (memory stays flat); only tagging is timed.
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from timeline.ingest.timeml import parse_timeml
from timeline.temporal import tag

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "TBAQ-cleaned"


def documents(corpus: Path, limit: int | None = None) -> Iterator[tuple[str, date | None]]:
    """(text, dct) of each .tml file under ``corpus``, read lazily."""
    for index, path in enumerate(sorted(corpus.rglob("*.tml"))):
        if limit is not None and index >= limit:
            return
        document = parse_timeml(path.read_text(encoding="utf-8"), path.stem)
        yield document.text, document.dct


def measure(
    corpus: Path, run: Callable[[str, date | None], object], limit: int | None = None
) -> tuple[int, int, float]:
    """Documents, characters and seconds spent in ``run``."""
    count = chars = 0
    elapsed = 0.0
    for text, dct in documents(corpus, limit):
        start = time.perf_counter()
        run(text, dct)
        elapsed += time.perf_counter() - start
        count += 1
        chars += len(text)
    return count, chars, elapsed


def report(name: str, count: int, chars: int, elapsed: float) -> None:
    rates = f"{count / elapsed:10.1f} docs/s {chars / elapsed:12.0f} chars/s"
    print(f"{name:<36} {count:>5} docs {elapsed:8.3f} s {rates}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--peer-docs", type=int, default=30, help="documents given to dateparser (slow)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the fastest is shown")
    args = parser.parse_args()
    if not any(args.corpus.rglob("*.tml")):
        parser.error(f"no .tml documents under {args.corpus} (give the TBAQ-cleaned directory)")

    tag("warm up the compiled patterns on Friday, May 3, 2011.")
    passes = [measure(args.corpus, tag) for _ in range(args.repeat)]
    report(f"timeline.temporal.tag (best of {args.repeat})", *min(passes, key=lambda p: p[2]))

    tracemalloc.start()
    measure(args.corpus, tag)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory while tagging the corpus: {peak / 1e6:.2f} MB")
    print(f"max RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB")

    if args.peer_docs <= 0:  # --peer-docs 0: our tagger only
        return
    from dateparser.search import search_dates

    def peer(text: str, dct: date | None) -> object:
        return search_dates(text, languages=["en"])

    peer("warm up on Friday, May 3, 2011.", None)
    report(f"dateparser search_dates (first {args.peer_docs})", *measure(args.corpus, peer, args.peer_docs))


if __name__ == "__main__":
    main()
