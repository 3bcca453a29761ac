"""The hand-written code passes ruff and mypy --strict (the generated code has its own test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> None:
    result = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff() -> None:
    run("ruff", "check", "scripts", "src", "tests")


def test_mypy_strict() -> None:
    run("mypy", "--no-incremental", "scripts", "src")
