"""The built edx-api-client wheel installs into a fresh virtual environment and works there,
and the generated package passes `mypy --strict`."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

from .conftest import LiveMock

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "edx-api-client"
SCRIPTS = ROOT / "scripts"

USE_THE_CLIENT = textwrap.dedent("""
    import sys
    import edx_api_client.catalog as catalog
    from edx_api_client.catalog.api.catalogs import catalogs_retrieve
    base_url, token = sys.argv[1], sys.argv[2]
    assert "site-packages" in catalog.__file__, catalog.__file__
    with catalog.AuthenticatedClient(base_url=base_url, token=token, prefix="JWT") as client:
        found = catalogs_retrieve.sync(id=1, client=client)
    print(type(found).__name__, found.name)
""")


def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_installs_into_a_fresh_venv_and_calls_the_mock(tmp_path: Path,
                                                             live_mock: LiveMock) -> None:
    run(sys.executable, SCRIPTS / "build_dist.py", PACKAGE, tmp_path / "dist")
    [wheel] = (tmp_path / "dist").glob("edx_api_client-*.whl")
    assert list((tmp_path / "dist").glob("edx_api_client-*.tar.gz")), "no sdist was built"
    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet",
        "--disable-pip-version-check", wheel)
    result = run(python, "-c", USE_THE_CLIENT, live_mock.base_url, live_mock.token())
    assert result.stdout.split()[0] == "Catalog"


def test_generated_package_passes_mypy_strict() -> None:
    run(sys.executable, "-m", "mypy", "--strict", "--no-incremental",
        PACKAGE / "edx_api_client")


def test_a_typed_program_using_the_runtime_passes_mypy_strict() -> None:
    program = ROOT / "tests" / "runtime" / "typed" / "program.py"
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
                            capture_output=True, text=True, check=False,
                            env={**os.environ, "MYPYPATH": str(PACKAGE)})
    assert result.returncode == 0, result.stdout + result.stderr
