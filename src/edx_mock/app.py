"""The mock's ASGI application: routing, authentication, validation, then the operation's handler."""

from __future__ import annotations

import copy
import importlib
import importlib.util
import logging
import re
import threading
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import URL
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import auth
from .access import AccessRule, Holds, Who, body_fields, request_values
from .calls import Call, Handler, Reply, error
from .faults import FaultQueues
from .inputs import InputRefused, load_json
from .openapi import FORM_TYPES, Api, Operation, Problem, coerce, is_json, load_api, validate
from .state import MockState, Seeder
from .synthesize import instance

# Methods that change nothing, so need no snapshot to roll back (RFC 9110 §9.2.1).
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
LOG = logging.getLogger("edx_mock")
# Bodies above LARGE_BODY are decoded and validated in a worker thread, so that one large
# upload does not hold every other request (10 MB held the event loop for 2.4 s); bodies
# above MAX_BODY are refused with 413 (RFC 9110 §15.5.14) before they are decoded at all.
LARGE_BODY = 256 * 1024
MAX_BODY = 16 * 1024 * 1024
TOO_LARGE = Problem("body", "/", f"The body is larger than {MAX_BODY} bytes.")

# An installed edx-api-mock carries the bundled descriptions inside the package; a checkout
# of the repository serves the ones the pipeline writes.
PACKAGED_SPECS = Path(__file__).resolve().parent / "descriptions"
REPOSITORY_SPECS = Path(__file__).resolve().parents[2] / "generated" / "openapi"
DEFAULT_SPECS = PACKAGED_SPECS if PACKAGED_SPECS.is_dir() else REPOSITORY_SPECS


class Dispatcher:
    """Finds the operation for a request and runs it; one lock keeps state changes atomic."""

    def __init__(self, apis: list[Api], handlers: dict[str, Handler], state: MockState,
                 faults: FaultQueues, public_url: str | None = None,
                 holds: dict[str, Holds] | None = None) -> None:
        self.operations = sorted(
            (op for api in apis for op in api.operations),
            # The template with more literal text wins: `/catalogs/search` over `/catalogs/{id}`,
            # and `/enrollment/{username},{course_id}` over `/enrollment/{course_id}`.
            key=lambda op: (-len(re.sub(r"\{[^}]*\}", "", op.template)), len(op.path_names)),
        )
        self.handlers = handlers
        # Each API package's answer to the callers relative to a request (edx_mock.access).
        self.holds = holds or {}
        self.state = state
        self.faults = faults
        # Where links the fake writes point (`next` pages, absolute URLs): see own_url.
        self.public_url = public_url
        self.lock = threading.Lock()
        # Requests that reached an operation, by operationId: GET /__mock__/calls.
        self.calls: Counter[str] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A raw ASGI app, so that every method reaches it (Starlette routes filter methods)."""
        response = await self.handle(Request(scope, receive))
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        path = request.url.path
        fault = self.faults.take(request.method, path)
        if fault is not None:
            await self.faults.wait(fault.delay)
            if (canned := fault.response()) is not None:
                return canned
        # Match the path as sent, still percent-encoded, then decode each value: a `%2F` or a
        # `%0A` inside a value then stays inside that value, whatever the server stack does.
        raw = request.scope.get("raw_path") or path.encode()
        target = raw.decode("latin-1")
        matches = [(op, m) for op in self.operations if (m := op.pattern.fullmatch(target))]
        if not matches:
            return _json(error(404, f"No operation is described at {path}."))
        # HEAD is GET without the body (RFC 9110 §9.3.2) wherever the description has no HEAD.
        method = request.method
        if method == "HEAD" and not any(op.method == "HEAD" for op, _ in matches):
            method = "GET"
        chosen = next(((op, m) for op, m in matches if op.method == method), None)
        if chosen is None:
            # Only the methods of the most specific template that matched (the first, by the
            # sort order): `/verified_name/config` is not also `/verified_name/{id}`.
            template = matches[0][0].template
            allowed = sorted({op.method for op, _ in matches if op.template == template})
            reply = error(405, f"Method {request.method} is not allowed here.")
            reply.headers["Allow"] = ", ".join(allowed)
            return _json(reply)
        operation, match = chosen
        with self.lock:
            self.calls[operation.operation_id] += 1
        claims, reason = auth.authenticate(request.headers.get("authorization"), operation.security)
        if claims is None:
            reply = error(401, reason)
            reply.headers["WWW-Authenticate"] = 'JWT realm="api"'
            return _json(reply)
        path_values = {name: unquote(match.group(f"p{i}"), errors="replace")
                       for i, name in enumerate(operation.path_names)}
        if (refused := await self._refusal(request, operation, path_values, claims)) is not None:
            return _json(refused)
        call, problems = await _parse(request, operation, path_values, claims, self.state,
                                      own_url(request, self.public_url))
        if problems:
            status = _rejection_status(operation, problems)
            return _json(error(status, "The request is not valid.", problems))
        assert call is not None
        handler = self.handlers.get(operation.operation_id, example_handler)
        with self.lock:
            if method in SAFE_METHODS:
                return _json(handler(call))
            try:
                with self.state.transaction():
                    return _json(handler(call))
            except Exception:
                LOG.exception("%s %s failed; its changes were rolled back", method, path)
                return _json(error(500, "The fake failed on this request; nothing was changed."))


    async def _refusal(self, request: Request, operation: Operation, path_values: dict[str, str],
                       claims: dict[str, Any]) -> Reply | None:
        """The answer to a caller the operation's `x-access` does not admit, if it is one."""
        rule = AccessRule.of(operation.spec)
        if rule is None:
            return None
        query = {key: request.query_params[key] for key in rule.names if key in request.query_params}
        raw = b""
        if any(name not in path_values and name not in query for name in rule.names):
            raw = await request.body()
        media = request.headers.get("content-type", "")
        values = request_values(path_values, query, lambda: body_fields(media, raw))
        who = Who.of(claims)
        with self.lock:
            admitted = rule.admits(who, values, self.state, self.holds.get(operation.api))
        if admitted:
            return None
        if who is None:
            reply = error(401, "Authentication credentials were not provided.")
            reply.headers["WWW-Authenticate"] = 'JWT realm="api"'
            return reply
        status = rule.refusal if str(rule.refusal) in operation.responses else 403
        # Logged, so that an integrator whose test got a 403 can see which rule refused whom.
        LOG.info("%s refused to %s: it is for %s", operation.operation_id, who.username,
                 rule.described())
        return error(status, f"{operation.operation_id} is for {rule.described()} only.")


def own_url(request: Request, public_url: str | None = None) -> URL:
    """The request's URL at the fake's own address (or the configured public URL), never at
    the Host the client sent: the platform builds its links from the site it is configured
    for, and a link built from an untrusted Host could send a client anywhere."""
    scope = request.scope
    if public_url:
        base = public_url.rstrip("/")
    else:
        scheme = scope.get("scheme", "http")
        host, port = scope.get("server") or ("127.0.0.1", None)
        host = f"[{host}]" if ":" in host else host
        default = {"http": 80, "https": 443}.get(scheme)
        base = f"{scheme}://{host}" if port in (None, default) else f"{scheme}://{host}:{port}"
    path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
    query = scope.get("query_string", b"").decode("latin-1")
    return URL(f"{base}{path}?{query}" if query else f"{base}{path}")


async def _parse(request: Request, operation: Operation, path_values: dict[str, str],
                 claims: dict[str, Any], state: MockState,
                 url: URL) -> tuple[Call | None, list[Problem]]:
    problems: list[Problem] = []
    values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
    for parameter in operation.parameters:
        if parameter.location == "path":
            raw: str | list[str] | None = path_values.get(parameter.name)
        elif parameter.location == "query":
            raw = request.query_params.getlist(parameter.name) or None
        elif parameter.location == "header":
            raw = request.headers.get(parameter.name)
        else:
            continue
        if raw is None:
            if parameter.required:
                problems.append(Problem(parameter.location, parameter.name, "This parameter is required."))
            continue
        value = coerce(raw, parameter.schema, parameter.explode)
        problems += validate(parameter.validator, value, parameter.location, parameter.name)
        values[parameter.location][parameter.name] = value
    body, body_problems = await _body(request, operation)
    problems += body_problems
    if problems:
        return None, problems
    declared = {p.name for p in operation.parameters if p.location == "query"}
    return Call(operation, values["path"], values["query"], body, url, claims, state,
                declared), []


async def _body(request: Request, operation: Operation) -> tuple[Any, list[Problem]]:
    raw = await request.body()
    if len(raw) > MAX_BODY:
        return None, [TOO_LARGE]
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not operation.body_validators:
        # Where the docs are silent about a body (thread create names no field), the platform
        # still reads one: a JSON body reaches the handler unvalidated, anything else is ignored.
        if raw and is_json(media):
            return await _off_loop_if_large(raw, None)
        return None, []
    if not raw and not (media in FORM_TYPES and media in operation.body_validators):
        # An empty form is a form with no fields; an empty JSON body is no body at all.
        if operation.body_required:
            return None, [Problem("body", "/", "A request body is required.")]
        return None, []
    validator = operation.body_validators.get(media)
    if validator is None:
        supported = ", ".join(operation.body_validators)
        return None, [Problem("header", "Content-Type", f"Send the body as {supported}.")]
    if media in FORM_TYPES:
        form = await request.form()
        schema = operation.resolve(operation.body_schemas[media])
        properties = schema.get("properties") or {}
        body: Any = {name: coerce([str(v) for v in form.getlist(name)], properties.get(name, {}))
                     for name in form}
        return body, validate(validator, body, "body", "")
    return await _off_loop_if_large(raw, validator)


async def _off_loop_if_large(raw: bytes, validator: Any) -> tuple[Any, list[Problem]]:
    if len(raw) > LARGE_BODY:
        return await run_in_threadpool(_decoded_json, raw, validator)
    return _decoded_json(raw, validator)


def _decoded_json(raw: bytes, validator: Any) -> tuple[Any, list[Problem]]:
    """The body's JSON value and what is wrong with it (nothing is checked without a validator)."""
    try:
        body = load_json(raw)
    except InputRefused as refused:
        return None, [Problem("body", refused.where, refused.message)]
    return body, (validate(validator, body, "body", "") if validator is not None else [])


def _rejection_status(operation: Operation, problems: list[Problem]) -> int:
    # A path value of the wrong shape names no resource: the platform's URL patterns answer
    # 404 for it. A body of an undeclared media type gets 415 where the description says so.
    if any(p.location == "path" for p in problems):
        return 404
    if "415" in operation.responses and any(p.name == "Content-Type" for p in problems):
        return 415
    if TOO_LARGE in problems:
        return 413
    return 400


def example_handler(call: Call) -> Reply:
    """Operations without behaviour of their own answer their documented example, or else the
    smallest instance of their response schema, or else no body (an undocumented response)."""
    status, media_type, media = call.operation.success()
    if media is None or media_type is None:
        return Reply(status)
    if not is_json(media_type):
        return Reply(status, "", media_type=media_type)
    # A JSON relative (application/vnd.ims.lis.v2.lineitem+json...) is answered as documented.
    json_type = None if media_type == "application/json" else media_type
    for example in (media.get("examples") or {}).values():
        if "value" in example:
            return Reply(status, copy.deepcopy(example["value"]), media_type=json_type)
    if "example" in media:
        return Reply(status, copy.deepcopy(media["example"]), media_type=json_type)
    return Reply(status, instance(media.get("schema", {}), call.operation.resolve),
                 media_type=json_type)


def _json(reply: Reply) -> Response:
    if reply.media_type is not None and is_json(reply.media_type):
        return JSONResponse(reply.body, status_code=reply.status, headers=reply.headers,
                            media_type=reply.media_type)
    if reply.media_type is not None:
        return Response(str(reply.body), status_code=reply.status, headers=reply.headers,
                        media_type=reply.media_type)
    if reply.status == 204 or reply.body is None and reply.status < 400:
        return Response(status_code=reply.status, headers=reply.headers)
    return JSONResponse(reply.body, status_code=reply.status, headers=reply.headers)


def api_package(name: str) -> ModuleType | None:
    """The package with API `name`'s behaviour, `edx_mock.<name>`, if there is one: it exposes
    `HANDLERS` (operationId -> handler), `seed(examples)` and may expose `holds` (who is which
    caller relative to a request: edx_mock.access). Found by name, so that a new API
    needs no list here; an API without one answers every operation from its description."""
    spec = importlib.util.find_spec(f"{__package__}.{name}")
    if spec is None or spec.submodule_search_locations is None:
        return None
    return importlib.import_module(spec.name)


def _json_only(request: Request) -> Response | None:
    """Control requests must say they are JSON: a cross-origin page can send a form or
    text/plain POST without asking (a CORS "simple request"), but not application/json, so a
    web page cannot reset the fake or queue faults in it."""
    if request.method != "POST":
        return None
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json":
        return None
    reply = error(415, "Control requests are JSON: send Content-Type: application/json.")
    return _json(reply)


def _json_only_endpoint(endpoint: Any) -> Any:
    async def guarded(request: Request) -> Response:
        return _json_only(request) or await endpoint(request)
    return guarded


def create_app(spec_dir: Path = DEFAULT_SPECS, apis: tuple[str, ...] | None = None,
               public_url: str | None = None) -> Starlette:
    """The mock for the named APIs (default: every `<api>.openapi.yaml` in `spec_dir`),
    answering from state seeded by the descriptions' examples. Links it writes point at the
    address it serves on, or at `public_url` (behind a proxy, say)."""
    names = apis or tuple(sorted(p.name.split(".")[0] for p in spec_dir.glob("*.openapi.yaml")))
    if not names:
        raise FileNotFoundError(f"no <api>.openapi.yaml descriptions in {spec_dir}")
    loaded = [load_api(name, spec_dir / f"{name}.openapi.yaml") for name in names]
    handlers: dict[str, Handler] = {}
    seeders: dict[str, Seeder] = {}
    holds: dict[str, Holds] = {}
    for api in loaded:
        package = api_package(api.name)
        if package is not None:
            handlers.update(package.HANDLERS)
            seeders[api.name] = package.seed
            if hasattr(package, "holds"):
                holds[api.name] = package.holds
    state = MockState(loaded, seeders)
    faults = FaultQueues()
    dispatcher = Dispatcher(loaded, handlers, state, faults, public_url, holds)
    documents = {api.name: api.document for api in loaded}

    async def openapi_document(request: Request) -> Response:
        name = request.path_params["api"]
        if name not in documents:
            return _json(error(404, f"No description named {name}."))
        return JSONResponse(documents[name])

    async def reset(request: Request) -> Response:
        if (refused := _json_only(request)) is not None:
            return refused
        with dispatcher.lock:
            state.reset()
            dispatcher.calls.clear()
        faults.clear()
        return Response(status_code=204)

    async def calls(request: Request) -> Response:
        with dispatcher.lock:
            by_operation = dict(sorted(dispatcher.calls.items()))
        return JSONResponse({"total": sum(by_operation.values()), "by_operation": by_operation})

    routes = [
        Route("/oauth2/v1/access_token", auth.jwt_token_endpoint, methods=["POST"]),
        Route("/oauth2/access_token", auth.lms_token_endpoint, methods=["POST"]),
        Route("/openapi/{api}.json", openapi_document, methods=["GET"]),
        Route("/__mock__/reset", reset, methods=["POST"]),
        Route("/__mock__/calls", calls, methods=["GET"]),
        Route("/__mock__/faults", _json_only_endpoint(faults.endpoint), methods=["POST", "DELETE"]),
        Route("/{path:path}", dispatcher),
    ]
    async def unrouted(request: Request, exc: Exception) -> Response:
        # Starlette's `{path:path}` stops at a newline in a decoded path: such a request still
        # belongs to the dispatcher, which matches the raw path. Anything else answers JSON.
        if isinstance(exc, HTTPException) and exc.status_code == 404:
            return await dispatcher.handle(request)
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return _json(error(status, f"The request to {request.url.path!r} failed."))

    app = Starlette(routes=routes, exception_handlers={HTTPException: unrouted})
    app.state.faults = faults  # stopped by the server on shutdown (edx_mock.server)
    app.state.dispatcher = dispatcher
    app.state.apis = loaded  # what it serves, for tests and tools that walk every operation
    app.router.redirect_slashes = False  # the descriptions say where the slashes are
    return app
