"""Adding an API is a spec folder, an overlay folder and one entry in codegen/apis.yaml.

Proved on a copy of the project with a tiny throwaway API: `make pipeline` bundles, corrects,
lints and publishes it, generates its client subpackage and the entry point's property for
it, and the fake serves it, with no other file touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES = ("Makefile", "pyproject.toml", "constraints.txt")
PROJECT_FOLDERS = ("spec", "overlays", "codegen", "scripts", "client", "src", "mock")

TINY_ROOT = """\
openapi: 3.1.0
info: {title: Tiny API, version: "1"}
servers: [{url: "https://api.edx.org"}]
security: [{JwtAuth: []}]
tags: [{name: widgets, description: The widgets.}]
paths: {}
"""
TINY_WIDGETS = """\
paths:
  /tiny/v1/widgets/{widget_id}:
    get:
      operationId: widgets_retrieve
      summary: Get a widget
      description: Returns one widget.
      tags: [widgets]
      x-doc-source: {doc: tiny-api.txt, section: "1 Widgets"}
      x-access:
        callers: [signed-in]
        x-evidence: ["openedx/openedx-platform@e57a655d77b614f19223984e9805b1fb940ab192:lms/urls.py#L1-L2"]
      parameters:
        - {name: widget_id, in: path, required: true, description: The widget's id.,
           schema: {type: integer}}
      responses:
        '200':
          description: The widget.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Widget'}
              examples:
                doc: {summary: tiny-api.txt §1, value: {id: 7, name: "seven"}}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
components:
  schemas:
    Widget:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
"""
TINY_OVERLAY = """\
overlay: 1.0.0
info: {title: Corrections to spec/tiny/widgets.yaml, version: "1"}
actions:
  - target: $.paths['/tiny/v1/widgets/{widget_id}'].get
    description: >-
      tiny-api.txt §1 Widgets: the summary says "Get a widget". Evidence: the example shows one
      widget by its id.
    update:
      summary: Get one widget by its id
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with the tiny API added, after `make pipeline`."""
    top = tmp_path_factory.mktemp("new-api")
    copy = top / "main"
    copy.mkdir()
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, copy / name)
    for name in PROJECT_FOLDERS:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / ".venv").symlink_to(ROOT / ".venv")
    (top / "shared").symlink_to((ROOT.parent / "shared").resolve())
    # The three steps of adding an API:
    (copy / "spec" / "tiny").mkdir()
    (copy / "spec" / "tiny" / "api.yaml").write_text(TINY_ROOT)
    (copy / "spec" / "tiny" / "widgets.yaml").write_text(TINY_WIDGETS)
    (copy / "overlays" / "tiny").mkdir()
    (copy / "overlays" / "tiny" / "widgets.overlay.yaml").write_text(TINY_OVERLAY)
    with (copy / "codegen" / "apis.yaml").open("a", encoding="utf-8") as apis:
        apis.write("  tiny: {docs: [tiny-api.txt], host: gateway, subpackage: tiny}\n")
    result = subprocess.run(["make", "--no-print-directory", "pipeline"], cwd=copy, capture_output=True,
                            text=True, env={**os.environ, "MAKEFLAGS": ""}, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return copy


def test_the_bundle_is_corrected_linted_and_published(project: Path) -> None:
    bundle = yaml.safe_load((project / "generated" / "openapi" / "tiny.openapi.yaml").read_text())
    operation = bundle["paths"]["/tiny/v1/widgets/{widget_id}"]["get"]
    assert operation["summary"] == "Get one widget by its id"
    assert "ErrorResponse" in bundle["components"]["schemas"], "spec/common/ is bundled in"


def test_the_client_gains_a_subpackage_and_an_entry_point_property(project: Path) -> None:
    program = textwrap.dedent("""
        import httpx
        from edx_api_client import EdxClient
        from edx_api_client.tiny.api.widgets import widgets_retrieve

        def answer(request: httpx.Request) -> httpx.Response:
            assert request.url == "https://api.edx.org/tiny/v1/widgets/7", request.url
            return httpx.Response(200, json={"id": 7, "name": "seven"})

        with EdxClient(token="t", transport=httpx.MockTransport(answer)) as edx:
            widget = widgets_retrieve.sync(7, client=edx.tiny)
        print(type(widget).__name__, widget.name)
    """)
    env = {**os.environ, "PYTHONPATH": str(project / "generated" / "edx-openapi-client")}
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Widget", "seven"]


def test_the_fake_serves_the_new_api(project: Path) -> None:
    from starlette.testclient import TestClient

    from edx_mock import create_app
    from edx_mock.auth import DEFAULT_CLIENT, issue_token

    token = issue_token(DEFAULT_CLIENT)["access_token"]
    with TestClient(create_app(project / "generated" / "openapi")) as fake:
        unauthenticated = fake.get("/tiny/v1/widgets/7")
        widget = fake.get("/tiny/v1/widgets/7", headers={"Authorization": f"JWT {token}"})
        not_an_id = fake.get("/tiny/v1/widgets/seven", headers={"Authorization": f"JWT {token}"})
    assert unauthenticated.status_code == 401
    # No package of its own: the fake answers the description's example, and validates input.
    assert (widget.status_code, widget.json()) == (200, {"id": 7, "name": "seven"})
    # A path value of the wrong shape names no resource, as the platform's URL patterns say.
    assert not_an_id.status_code == 404 and "widget_id" in not_an_id.text
