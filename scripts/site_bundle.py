"""Site step: the copy of one bundle that the reference site renders (build/site/<api>.openapi.yaml).

The published bundle in generated/openapi/ stays as it is; this copy adds what a reader needs
and a renderer can show, all derived, none written by hand:

- `x-codeSamples` on every operation: the client call, sync and async, written from the
  signature of the generated method (operation_index.group_methods, the same source as
  generated/OPERATIONS.md), so a sample never names a call the client lacks;
- in the operation's description: who may call it (`x-access`, when present), where each
  fact comes from (`x-doc-source`, and every `x-evidence` citation as a link to the pinned
  commit), and the curation note (`x-curation-note`);
- on parameters, bodies, responses, schemas and properties: their evidence links, curation
  note and why a body is untyped (`x-undocumented-reason`);
- in the API's description: the documented operations the service does not serve (`x-not-served`).

Usage: python scripts/site_bundle.py API BUNDLE PACKAGE_DIR OUTPUT
"""

from __future__ import annotations

import argparse
import inspect
import sys
from pathlib import Path
from typing import Any

from edx_openapi.access import describe
from edx_openapi.reader import operations
from lint_evidence import CITATION
from operation_index import group_methods
from specio import SpecError, api_settings, dump_yaml, load_yaml, run_main

# How the sample constructs the client, by where codegen/apis.yaml says the API is served.
CLIENT_ARGUMENTS = {"lms": "lms_url=LMS_URL", "gateway": 'api_url="https://api.edx.org"'}
# Nodes below these keys are data (examples) or already rendered (extensions), not description.
SKIPPED_KEYS = ("example", "examples", "x-codeSamples", "x-not-served", "x-access", "x-evidence")
# Maps whose keys are names chosen by the description (a field may be called `example`).
NAME_MAPS = ("properties", "patternProperties", "schemas", "parameters", "responses", "paths",
             "requestBodies", "headers", "content", "links")


def evidence_link(citation: str) -> str:
    """`owner/repo@commit:path#La-Lb` as a Markdown link to those lines at that commit."""
    match = CITATION.match(citation)
    if not match:
        raise SpecError(f"not an evidence citation: {citation!r}")
    repo, commit, path = match["repo"], match["commit"], match["path"]
    start, end = match["start"], match["end"]
    shown = f"L{start}" if start == end else f"L{start}-L{end}"
    return f"[{repo} `{path}` {shown}](https://github.com/{repo}/blob/{commit}/{path}#L{start}-L{end})"


def code_samples(host: str, operation_id: str, call: str,
                 signature: inspect.Signature) -> list[dict[str, str]]:
    """The sync and async call of one operation, with every parameter of the method named."""
    subpackage, group, _ = call.split(".")
    arguments = []
    for parameter in list(signature.parameters.values())[1:]:  # [0] is `self`
        annotation = str(parameter.annotation)
        optional = "Unset" in annotation
        kind = " | ".join(p.strip() for p in annotation.split("|") if p.strip() != "Unset")
        written = (parameter.name if parameter.kind is parameter.POSITIONAL_OR_KEYWORD
                   else f"{parameter.name}={parameter.name}")
        arguments.append(f"{written},  # {kind}{', optional' if optional else ''}")
    returns = str(signature.return_annotation)
    connect = "".join(f"    {argument},\n" for argument in
                      (CLIENT_ARGUMENTS[host], "client_id=CLIENT_ID", "client_secret=CLIENT_SECRET"))

    def sample(entry: str, opening: str, awaiting: str) -> str:
        indent = " " * 8
        args = "".join(f"\n{indent}{argument}" for argument in arguments)
        close = "\n    )" if arguments else ")"
        return (f"from edx_api_client import {entry}\n\n"
                f"{opening} {entry}(\n{connect}) as edx:\n"
                f"    answer = {awaiting}edx.{call}({args}{close}  # -> {returns}\n")

    function = (f"\n# The same call as a function of its module:\n"
                f"# from edx_api_client.{subpackage}.api.{group} import {operation_id}\n"
                f"# answer = {operation_id}.sync(..., client=edx.{subpackage})\n")
    return [
        {"lang": "Python", "label": "Python", "source": sample("EdxClient", "with", "") + function},
        {"lang": "Python", "label": "Python (async)",
         "source": sample("AsyncEdxClient", "async with", "await ")},
    ]


def who_may_call(access: dict[str, Any]) -> str:
    """The rule in the one wording the docstrings and the operation index use
    (edx_openapi.access), bolded, with its evidence as links."""
    text = describe(access).replace("Who may call:", "**Who may call:**", 1)
    if access.get("x-evidence"):
        text += " (" + ", ".join(evidence_link(c) for c in access["x-evidence"]) + ")"
    return text


def sources(node: dict[str, Any]) -> list[str]:
    """The `Sources` lines of an operation: its doc sections, then its evidence links."""
    docs = node.get("x-doc-source") or []
    lines = [f"- Documented in `{doc['doc']}`, section \"{doc['section']}\""
             for doc in (docs if isinstance(docs, list) else [docs])]
    lines += [f"- Source: {evidence_link(citation)}" for citation in node.get("x-evidence") or []]
    return lines


def annotate_operations(api: str, doc: dict[str, Any], package_dir: Path) -> None:
    sys.path.insert(0, str(package_dir.resolve()))
    settings = api_settings(api)
    methods = group_methods(str(settings["subpackage"]))
    for path, method, operation in operations(doc):
        operation_id = str(operation["operationId"])
        if operation_id not in methods:
            raise SpecError(f"{method.upper()} {path}: the client has no method for {operation_id}")
        call, signature = methods[operation_id]
        operation["x-codeSamples"] = code_samples(str(settings["host"]), operation_id, call, signature)
        parts = [operation.get("description", "").strip()]
        if isinstance(operation.get("x-access"), dict):
            parts.append(who_may_call(operation["x-access"]))
        if lines := sources(operation):
            parts.append("**Sources**\n\n" + "\n".join(lines))
        if operation.get("x-curation-note"):
            parts.append(f"**Curation note:** {operation['x-curation-note']}")
        operation["description"] = "\n\n".join(p for p in parts if p)


def annotate_parts(node: Any, in_map: bool = False) -> None:
    """Append evidence, curation note and untyped-body reason to every described part below
    `node` (parameters, bodies, responses, schemas, properties); operations are done above."""
    if isinstance(node, list):
        for item in node:
            annotate_parts(item)
        return
    if not isinstance(node, dict):
        return
    if not in_map and "operationId" not in node:
        notes = []
        if node.get("x-evidence"):
            notes.append("Source: " + ", ".join(evidence_link(c) for c in node["x-evidence"]))
        if node.get("x-undocumented-reason"):
            notes.append(f"Body not described: {node['x-undocumented-reason']}")
        if node.get("x-curation-note"):
            notes.append(f"Curation note: {node['x-curation-note']}")
        if notes:
            node["description"] = "\n\n".join([str(node.get("description", "")).strip(), *notes]).strip()
    for key, value in node.items():
        # Under `properties` every key is a field name, even `example`; elsewhere these keys
        # hold data or what is rendered already.
        if in_map or key not in SKIPPED_KEYS:
            annotate_parts(value, in_map=not in_map and key in NAME_MAPS)


def not_served(doc: dict[str, Any]) -> None:
    entries = doc.get("x-not-served") or []
    if not entries:
        return
    lines = [f"- `{e['method'].upper()} {e['path']}`: {e['reason']} "
             + ", ".join(evidence_link(c) for c in e.get("evidence") or []) for e in entries]
    info = doc["info"]
    info["description"] = (f"{info.get('description', '').strip()}\n\n## Documented but not served\n\n"
                           "The reference documents these operations, but the service does not "
                           "serve them, so they are not described here:\n\n" + "\n".join(lines))


def site_copy(api: str, bundle: Path, package_dir: Path) -> dict[str, Any]:
    doc: dict[str, Any] = load_yaml(bundle)
    annotate_operations(api, doc, package_dir)
    annotate_parts(doc.get("paths") or {}, in_map=True)
    annotate_parts(doc.get("components") or {})
    not_served(doc)
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("api")
    parser.add_argument("bundle", type=Path)
    parser.add_argument("package_dir", type=Path, help="the generated client distribution folder")
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    dump_yaml(site_copy(args.api, args.bundle, args.package_dir), args.output)
    print(args.output)


if __name__ == "__main__":
    run_main(main)
