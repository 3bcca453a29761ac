"""Build step: wheel and sdist of the generated distribution, then `twine check` on both.

Built without build isolation, from the pinned tool chain in .venv, so the artifacts do not
depend on whatever build backend the package index serves today.

Usage: python scripts/build_dist.py PROJECT_DIR OUTPUT_DIR
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from specio import SpecError, rel, run_main


def build(project: Path, output: Path) -> list[Path]:
    if output.exists():
        shutil.rmtree(output)
    _run([sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel",
          "--outdir", str(output), str(project)], project)
    artifacts = sorted(output.glob("*"))
    _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts)], project)
    return artifacts


def _run(command: list[str], project: Path) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SpecError(f"{rel(project)}: {command[2]} failed:\n{result.stdout}{result.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    for artifact in build(args.project.resolve(), args.output.resolve()):
        print(rel(artifact))


if __name__ == "__main__":
    run_main(main)
