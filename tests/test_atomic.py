import os
import stat
from pathlib import Path

import pytest

from timeline import atomic


def test_writes_whole_file_with_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.html"
    old = os.umask(0o022)
    try:
        atomic.write_text(target, "<p>café</p>")
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == "<p>café</p>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["out.html"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "events.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        atomic.write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]
