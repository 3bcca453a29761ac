"""Generate step: one API's subpackage of the edx-openapi-client distribution, from its bundle.

openapi-python-client generates `edx_api_client/<subpackage>` (codegen/apis.yaml names it)
with the shared configuration and templates in codegen/. It is built in a staging folder
and replaces the subpackage in OUTPUT only when it generated without a warning, so a failed
run loses nothing. The rest of the distribution (the hand-written runtime) is laid by
client_runtime.py.

Usage: python scripts/generate_client.py API BUNDLE OUTPUT
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from edx_openapi.access import describe
from edx_openapi.reader import operations
from specio import ROOT, SpecError, api_settings, load_yaml, rel, run_main

CODEGEN = ROOT / "codegen"


def generate(api: str, spec: Path, output: Path) -> Path:
    """Generate the subpackage of `api` from `spec` into the distribution folder `output`."""
    if not spec.is_file():
        raise SpecError(f"{rel(spec)}: missing; run the spec steps first")
    target = output / "edx_api_client" / str(api_settings(api)["subpackage"])
    # Generated outside the repository so ruff's post hooks never pick up this repo's config.
    with tempfile.TemporaryDirectory(prefix="edx-openapi-client-") as tmp:
        staging = Path(tmp) / target.name
        _generate_api(_generator_input(spec, Path(tmp)), staging)
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, target)
    return target


def _generator_input(spec: Path, folder: Path) -> Path:
    """The bundle as the generator reads it: each operation's docstring ends by saying who may
    call it, and no operation has security of its own (below). The generator keeps no vendor
    extension of an operation, so `x-access` reaches the docstring only through the
    description; the bundle itself keeps the two apart."""
    doc = load_yaml(spec)
    for _path, _method, operation in operations(doc):
        # The generator reads an operation's own `security` only to type its `client` as
        # AuthenticatedClient alone; every call here takes the API's one client class, whose
        # transport signs requests (edx_api_client.auth), optional credentials included.
        operation.pop("security", None)
        words = describe(operation.get("x-access"))
        if words:
            described = str(operation.get("description") or "").rstrip()
            operation["description"] = f"{described}\n\n{words}" if described else words
    generator_input = folder / spec.name
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    generator_input.write_text(yaml.dump(doc, Dumper=dumper, allow_unicode=True, sort_keys=False),
                               encoding="utf-8")
    return generator_input


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
    parser.add_argument("api", help="the API, as named in codegen/apis.yaml")
    parser.add_argument("bundle", type=Path, help="its bundled description")
    parser.add_argument("output", type=Path, help="the edx-openapi-client distribution folder")
    args = parser.parse_args()
    print(rel(generate(args.api, args.bundle.resolve(), args.output.resolve())))


if __name__ == "__main__":
    run_main(main)
