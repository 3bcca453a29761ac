"""The golden record: generated/ is exactly what `make` produces from the current sources."""

from __future__ import annotations

import filecmp
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


def tree(folder: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(folder)): path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not IGNORED & set(path.relative_to(folder).parts)
    }


def test_make_would_not_change_generated(tmp_path: Path) -> None:
    scratch = tmp_path / "generated"
    result = subprocess.run(
        ["make", "--no-print-directory", "pipeline", f"GENERATED={scratch}",
         f"BUILD={tmp_path / 'build'}"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "MAKEFLAGS": ""}, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    committed, fresh = tree(ROOT / "generated"), tree(scratch)
    assert sorted(committed) == sorted(fresh), "files differ: run `make` and commit generated/"
    stale = [name for name in committed if not filecmp.cmp(committed[name], fresh[name], shallow=False)]
    assert not stale, f"stale generated files (run `make` and commit): {stale[:20]}"
