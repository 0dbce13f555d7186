"""The HTML page, rendered by twisted.web.template: values fill slots, and slots are escaped.

twisted.web.template ships with Twisted, Klein renders its elements as they are returned, and a
renderer may return a Deferred (data from the network) without blocking the reactor.
"""

from __future__ import annotations

from collections.abc import Iterator

from twisted import __version__ as twisted_version
from twisted.python.filepath import FilePath
from twisted.web.iweb import IRequest
from twisted.web.template import Element, Tag, XMLFile, renderer

from .settings import PROJECT_NAME

TEMPLATES = FilePath(__file__).sibling("templates")

ENDPOINTS = [
    ("/health", "health check"),
    ("/api/greetings/world", "a JSON endpoint"),
]


class IndexPage(Element):
    loader = XMLFile(TEMPLATES.child("index.html"))

    @renderer
    def page(self, request: IRequest, tag: Tag) -> Tag:
        return tag.fillSlots(project_name=PROJECT_NAME, twisted_version=twisted_version)

    @renderer
    def endpoint(self, request: IRequest, tag: Tag) -> Iterator[Tag]:
        for path, summary in ENDPOINTS:
            yield tag.clone().fillSlots(path=path, summary=summary)
