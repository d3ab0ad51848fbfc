"""Event title quality over TBAQ-cleaned: length, bad starts, trigger kept, and a fixed random sample.

Runs ``timeline extract`` on AQUAINT and TimeBank and reads the titles.
Usage: ``python benchmarks/title_quality.py [TBAQ dir] [--sample N]``.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

MAX_WORDS = 12
_DISCOURSE = re.compile(
    r"^(?:in addition|however|meanwhile|also|still|instead|moreover|furthermore|but|and|so|then|now|"
    r"earlier|later|thus|yet|indeed|besides|nevertheless|in fact|at the same time)\b",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(
    r"^(?:at|in|on|for|with|from|by|during|after|before|under|over|since|until|into|of|to|as|"
    r"among|amid|despite|through|within|without|about|against|between)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"^(?:who|whom|whose|which|that|where|when)\b", re.IGNORECASE)
# A bare pronoun followed by 'to' + verb: the auxiliary or controlling verb was lost ("They to begin").
_PRONOUN_TO = re.compile(r"^(?:they|he|she|it|we|i|you)\s+to\s", re.IGNORECASE)


def titles(tbaq: Path) -> list[dict[str, str]]:
    """(title, trigger) of every event extracted from AQUAINT and TimeBank."""
    events: list[dict[str, str]] = []
    for part in ("AQUAINT", "TimeBank"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            timeline = Path(sys.executable).with_name("timeline")
            subprocess.run([str(timeline), "extract", str(tbaq / part), "-o", out.name], check=True)
            events += json.loads(Path(out.name).read_text(encoding="utf-8"))["events"]
    return events


def report(events: list[dict[str, str]], sample: int) -> None:
    """Print the shares and a sample of titles."""
    titles_ = [e["title"] for e in events]
    total = len(titles_) or 1

    def share(count: int) -> str:
        return f"{count / total:.3f} ({count})"

    lengths = [len(t.split()) for t in titles_]
    print(f"count {len(titles_)}  max words {max(lengths, default=0)}")
    print(f"<= {MAX_WORDS} words      {share(sum(n <= MAX_WORDS for n in lengths))}")
    print(f"discourse start   {share(sum(bool(_DISCOURSE.match(t)) for t in titles_))}")
    print(f"preposition start {share(sum(bool(_PREPOSITION.match(t)) for t in titles_))}")
    print(f"relative start    {share(sum(bool(_RELATIVE.match(t)) for t in titles_))}")
    print(f"pronoun-to glitch {share(sum(bool(_PRONOUN_TO.match(t)) for t in titles_))}")
    kept = sum(e["trigger"].lower() in e["title"].lower().split() for e in events)
    print(f"contains trigger  {share(kept)}")
    for title in random.Random(0).sample(titles_, min(sample, len(titles_))):
        print(f"  {title}")


def main() -> None:
    args = sys.argv[1:]
    sample = 15
    if "--sample" in args:
        at = args.index("--sample")
        sample = int(args[at + 1])
        del args[at : at + 2]
    tbaq = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared/corpora/TBAQ-cleaned"
    report(titles(tbaq), sample)


if __name__ == "__main__":
    main()
