"""Every hand-written Python file passes ruff and `mypy --strict` where it lives; `make lint`
runs this file alone, `make test` with everything else. (The generated client has its own
mypy test in tests/pipeline/test_build_dist.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN = ("scripts", "src", "tests", "examples", "client")


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    result = subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True,
                            check=False, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_over_every_python_folder() -> None:
    run("ruff", "check", *HAND_WRITTEN)


def test_mypy_strict_over_the_scripts_and_packages() -> None:
    run("mypy", "--no-incremental", "scripts", "src")


def test_mypy_strict_over_the_client_runtime_in_place() -> None:
    # client/ is the runtime without its generated subpackages and `apis` module; mypy finds
    # those in the generated distribution, while checking the files of client/ themselves.
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated" / "edx-openapi-client")}
    run("mypy", "--strict", "--no-incremental", "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(ROOT / ".mypy_cache"),
        "edx_api_client", cwd=ROOT / "client", env=env)
