"""The Starlette application: the page, its assets, and the JSON API.

    GET  /api/frameworks  what `fwgen list --json` prints
    GET  /api/questions   the needs questions of the terminal flow, with their choices
    POST /api/recommend   needs (the fields of `fwgen recommend`'s flags) -> `fwgen recommend --json`
    POST /api/preview     {"framework", "answers", "needs"} -> options, command and file tree
    POST /api/generate    the same body (an answers file's shape) -> application/zip

Errors are JSON `{"error": "one line"}`: 400 for bad input, 413 for an oversized body, 415 for a
body not sent as JSON, 503 when the server is busy or a generation ran out of time.

Another web site open in the user's browser must not drive the API: bodies must be sent as
application/json (which a cross-site page cannot do without a CORS preflight, and none is
answered), and a loopback server answers only requests addressed to a loopback name (so a DNS
rebinding name cannot reach it).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from generator.errors import FwgenError
from generator.web.forms import command_for, option_states, questions, read_generation
from generator.web.generation import Busy, Generations, Limits, file_tree, zip_bytes

STATIC = Path(__file__).parent / "static"


class BodyTooLarge(FwgenError):
    pass


class NotJson(FwgenError):
    pass


class OnlyForHosts:
    """Answers only requests whose Host header names one of ``hosts`` (a name, without the port)."""

    def __init__(self, app: ASGIApp, hosts: Collection[str]) -> None:
        self.app, self.hosts = app, set(hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = Headers(scope=scope).get("host", "")
            name = host[: host.find("]") + 1] if host.startswith("[") else host.split(":")[0]
            if name not in self.hosts:
                await _error(421, f"this server answers only for {', '.join(sorted(self.hosts))}")(
                    scope, receive, send
                )
                return
        await self.app(scope, receive, send)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _json_body(request: Request, limit: int) -> Any:
    """The request's JSON, read no further than ``limit`` bytes."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise NotJson("send the body as JSON, with Content-Type: application/json")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"the body is larger than {limit:,} bytes")
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > limit:
            raise BodyTooLarge(f"the body is larger than {limit:,} bytes")
    try:
        return json.loads(data or b"{}")
    except ValueError as error:
        raise FwgenError(f"the body is not JSON: {error}") from None


def create_app(
    limits: Limits | None = None, work_dir: Path | None = None, hosts: Collection[str] | None = None
) -> Starlette:
    """The app; ``work_dir`` holds the generations' temporary folders (the system's by default);
    with ``hosts``, requests addressed to any other name are refused."""
    limits = limits or Limits()
    generations = Generations(limits, work_dir)

    async def index(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    async def frameworks(request: Request) -> Response:
        from generator.listing import framework_listing

        return JSONResponse(framework_listing())

    async def needs_questions(request: Request) -> Response:
        return JSONResponse(questions())

    async def recommend(request: Request) -> Response:
        from generator.needs import Needs, NeedsError
        from generator.ranking import rank

        body = await _json_body(request, limits.body_bytes)
        try:
            return JSONResponse(rank(Needs.from_dict(body)).to_dict())
        except NeedsError as error:
            raise FwgenError(str(error)) from None

    async def preview(request: Request) -> Response:
        generation = read_generation(await _json_body(request, limits.body_bytes))
        async with generations.project(generation) as project:
            files = file_tree(project)
        return JSONResponse(
            {
                "framework": generation.framework,
                "folder": project.name,
                "answers": generation.answers,
                "options": option_states(generation),
                "command": command_for(generation),
                "files": files,
            }
        )

    async def generate(request: Request) -> Response:
        generation = read_generation(await _json_body(request, limits.body_bytes))
        async with generations.project(generation) as project:
            data = zip_bytes(project)
        return Response(
            data,
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{project.name}.zip"'},
        )

    async def fwgen_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, FwgenError)
        if isinstance(error, BodyTooLarge):
            return _error(413, str(error))
        if isinstance(error, NotJson):
            return _error(415, str(error))
        if isinstance(error, Busy):
            return _error(503, str(error))
        return _error(400 if error.exit_code == 2 else 500, str(error))

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        return _error(error.status_code, error.detail)

    return Starlette(
        routes=[
            Route("/", index),
            Route("/api/frameworks", frameworks),
            Route("/api/questions", needs_questions),
            Route("/api/recommend", recommend, methods=["POST"]),
            Route("/api/preview", preview, methods=["POST"]),
            Route("/api/generate", generate, methods=["POST"]),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        exception_handlers={FwgenError: fwgen_error, HTTPException: http_error},
        middleware=[Middleware(OnlyForHosts, hosts=hosts)] if hosts is not None else [],
    )
