"""End-to-end speed of the per-document stages (read, tag, extract events) and of linking.

Prints docs/s, chars/s and peak memory on the TBAQ corpus, then the time for one growing
document (1x, 10x, 100x a seed article) to show the stages stay linear in text length.

    python benchmarks/bench_pipeline.py [--corpus ../shared/corpora/TBAQ-cleaned]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from timeline.model import DctSource, Document
from timeline.pipeline import link, parse_dct, process_document, process_paths

REPO = Path(__file__).resolve().parents[1]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus_run(corpus: Path) -> None:
    process_document(Document("warm-up", "Talks were held on Monday.", parse_dct("2011-12-08")))
    started = time.perf_counter()
    files = sorted(corpus.rglob("*.tml"))
    results = [r for r in process_paths(files, mode="news") if not isinstance(r, Exception)]
    per_document = time.perf_counter() - started
    chars = sum(len(r.document.text) for r in results)
    events = sum(len(r.events) for r in results)
    started = time.perf_counter()
    merged = link(results)
    linking = time.perf_counter() - started
    print(
        f"read+tag+events  {len(results)} docs  {chars} chars  {per_document:.2f} s  "
        f"{len(results) / per_document:.1f} docs/s  {chars / per_document:,.0f} chars/s  {events} events"
    )
    print(f"linking          {len(merged.events)} merged events  {linking:.2f} s")
    print(f"peak RSS         {_peak_rss_mb():.0f} MB")


def scaling_run() -> None:
    article = (REPO / "examples" / "003_0013bbebfd2da064.txt").read_text(encoding="utf-8")
    for copies in (1, 10, 100):
        text = article * copies
        document = Document("big", text, parse_dct("2011-12-08"), DctSource.GIVEN)
        started = time.perf_counter()
        events = process_document(document, "news").events
        elapsed = time.perf_counter() - started
        print(f"one document x{copies:<4} {len(text):>9,} chars  {elapsed:6.2f} s  {len(events)} events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "TBAQ-cleaned")
    args = parser.parse_args()
    if not any(args.corpus.rglob("*.tml")):
        parser.error(f"no .tml documents under {args.corpus} (give the TBAQ-cleaned directory)")
    corpus_run(args.corpus)
    scaling_run()


if __name__ == "__main__":
    main()
