"""Build step: wheel and sdist of a distribution, then `twine check` on each artifact.

Built without build isolation, from the pinned tool chain in .venv, so the artifacts do not
depend on whatever build backend the package index serves today. Artifacts of the same
distribution already in OUTPUT_DIR are replaced; other files there are left alone.

Usage: python scripts/build_dist.py PROJECT_DIR OUTPUT_DIR [--wheel-only]
(--wheel-only for edx-api-mock, whose sources live outside its project folder).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from specio import SpecError, rel, run_main


def build(project: Path, output: Path, wheel_only: bool = False) -> list[Path]:
    staging = output / f".staging-{project.name}"
    if staging.exists():
        shutil.rmtree(staging)
    kinds = ["--wheel"] if wheel_only else ["--sdist", "--wheel"]
    _run([sys.executable, "-m", "build", "--no-isolation", *kinds,
          "--outdir", str(staging), str(project)], project)
    artifacts = []
    for built in sorted(staging.iterdir()):
        name = built.name.split("-")[0]
        kind = ".whl" if built.name.endswith(".whl") else ".tar.gz"
        for stale in output.glob(f"{name}-*{kind}"):
            stale.unlink()
        artifacts.append(built.replace(output / built.name))
    staging.rmdir()
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
    parser.add_argument("--wheel-only", action="store_true")
    args = parser.parse_args()
    for artifact in build(args.project.resolve(), args.output.resolve(), args.wheel_only):
        print(rel(artifact))


if __name__ == "__main__":
    run_main(main)
