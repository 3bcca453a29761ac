"""The README's client examples run, in order, against the fake."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edx_mock.pytest_plugin import EdxFake

README = Path(__file__).resolve().parents[2] / "README.md"


def client_snippets() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The client\n"):text.index("## The fake edX")]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_readme_has_the_examples() -> None:
    assert len(client_snippets()) >= 5


def test_readme_examples_run_against_the_mock(edx_fake: EdxFake, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in {"EDX_LMS_URL": edx_fake.base_url, "EDX_API_URL": edx_fake.base_url,
                        "EDX_CLIENT_ID": edx_fake.credentials().client_id,
                        "EDX_CLIENT_SECRET": edx_fake.credentials().client_secret}.items():
        monkeypatch.setenv(name, value)
    namespace: dict[str, object] = {}
    for snippet in client_snippets():
        exec(compile(snippet, str(README), "exec"), namespace)  # noqa: S102 - our own README
    output = capsys.readouterr().out
    assert "All Courses" in output and "Passed" in output and "404 GET" in output


def test_the_readme_plugin_example_is_taken_from_the_tested_example_file() -> None:
    """The README shows part of examples/test_with_fake_edx.py, which test_distribution runs
    with only the two wheels installed; every line shown must still be in that file."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### In your tests"):text.index("### What it models")]
    [snippet] = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    example = (README.parent / "examples" / "test_with_fake_edx.py").read_text(encoding="utf-8")
    example_lines = {line.strip() for line in example.splitlines()}
    missing = [line for line in snippet.splitlines()
               if line.strip() and line.strip() not in example_lines]
    assert not missing, missing
