"""The built edx-openapi-client wheel installs into a fresh virtual environment and works there,
and the generated package passes `mypy --strict`."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

from edx_mock.pytest_plugin import EdxFake

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "edx-openapi-client"
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
                                                             edx_fake: EdxFake) -> None:
    run(sys.executable, SCRIPTS / "build_dist.py", PACKAGE, tmp_path / "dist")
    [wheel] = (tmp_path / "dist").glob("edx_openapi_client-*.whl")
    assert list((tmp_path / "dist").glob("edx_openapi_client-*.tar.gz")), "no sdist was built"
    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet",
        "--disable-pip-version-check", wheel)
    result = run(python, "-c", USE_THE_CLIENT, edx_fake.base_url, edx_fake.token())
    assert result.stdout.split()[0] == "Catalog"


def test_generated_package_passes_mypy_strict() -> None:
    run(sys.executable, "-m", "mypy", "--strict", "--no-incremental",
        PACKAGE / "edx_api_client")


@pytest.mark.parametrize("program", [
    ROOT / "tests" / "runtime" / "typed" / "program.py",
    # Enroll, grades, an account patch, a thread and a comment, paging through courses and
    # learner summaries, every value a model.
    ROOT / "tests" / "runtime" / "typed" / "integrator.py",
    # An integrator's tests with the plugin's typed fixtures.
    ROOT / "examples" / "test_with_fake_edx.py",
], ids=lambda path: path.name)
def test_a_typed_program_using_the_runtime_passes_mypy_strict(program: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
                            capture_output=True, text=True, check=False,
                            env={**os.environ, "MYPYPATH": f"{PACKAGE}:{ROOT / 'src'}"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_integrator_installs_both_wheels_and_tests_with_the_plugin(tmp_path: Path) -> None:
    """The README's integrator story: pip install the two wheels and pytest, then the example
    test finds `edx_client` through the plugin's entry point, against the packaged descriptions."""
    dist = tmp_path / "dist"
    run(sys.executable, SCRIPTS / "build_dist.py", PACKAGE, dist)
    run(sys.executable, SCRIPTS / "build_dist.py", ROOT / "mock", dist, "--wheel-only")
    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet",
        "--disable-pip-version-check", "-c", ROOT / "constraints.txt", "pytest",
        *sorted(dist.glob("*.whl")))
    project = tmp_path / "integrator"
    project.mkdir()
    example = ROOT / "examples" / "test_with_fake_edx.py"
    (project / example.name).write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", project)
    assert "4 passed" in result.stdout, result.stdout
    where = run(python, "-c", "import edx_mock.app as a; print(a.DEFAULT_SPECS)").stdout
    assert "site-packages" in where and where.strip().endswith("descriptions"), where
    assert "--port" in run(env / "bin" / "edx-mock", "--help").stdout
