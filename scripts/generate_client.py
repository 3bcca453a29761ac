"""Generate step: build the edx-api-client distribution from the bundled descriptions.

The distribution skeleton (metadata, README, top-level package) is copied from client/;
openapi-python-client then generates one subpackage per API of codegen/apis.yaml with the
shared configuration in codegen/. Everything is built in a staging folder first and only
replaces OUTPUT when every API generated without a warning, so a failed run loses nothing.

Usage: python scripts/generate_client.py SPEC_DIR OUTPUT
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from specio import ROOT, SpecError, apis, rel, run_main

CODEGEN = ROOT / "codegen"
SKELETON = ROOT / "client"


def generate(spec_dir: Path, output: Path, only: list[str] | None = None) -> None:
    # Generated outside the repository so ruff's post hooks never pick up this repo's config.
    with tempfile.TemporaryDirectory(prefix="edx-api-client-") as tmp:
        staging = Path(tmp) / "edx-api-client"
        shutil.copytree(SKELETON, staging)
        for api, settings in apis(only).items():
            spec = spec_dir / f"{api}.openapi.yaml"
            if not spec.is_file():
                raise SpecError(f"{rel(spec)}: missing; run the spec steps first")
            _generate_api(spec, staging / "edx_api_client" / settings["subpackage"])
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, output)


def _generate_api(spec: Path, package_dir: Path) -> None:
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"), "generate",
        "--path", str(spec),
        "--config", str(CODEGEN / "openapi-python-client.yaml"),
        "--meta", "none",
        "--output-path", str(package_dir),
        "--fail-on-warning",
    ]
    templates = CODEGEN / "templates"
    if any(templates.rglob("*.jinja")):
        command += ["--custom-template-path", str(templates)]
    # The generator's post hooks call ruff by name: find it beside this interpreter.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0:
        raise SpecError(
            f"{rel(spec)}: openapi-python-client failed:\n{result.stdout}{result.stderr}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec_dir", type=Path, help="folder of <api>.openapi.yaml bundles")
    parser.add_argument("output", type=Path, help="where the distribution goes")
    parser.add_argument("--apis", help="comma-separated APIs to generate (default: codegen/apis.yaml)")
    args = parser.parse_args()
    generate(args.spec_dir.resolve(), args.output.resolve(), args.apis.split(",") if args.apis else None)


if __name__ == "__main__":
    run_main(main)
