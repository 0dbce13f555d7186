"""Masonite's FrameworkProvider, answering 400 to a malformed JSON body instead of crashing."""

import io
import json

from masonite.providers import FrameworkProvider as MasoniteFrameworkProvider

from app.exceptions.MalformedJsonBody import MalformedJsonBody


class FrameworkProvider(MasoniteFrameworkProvider):
    def boot(self) -> None:
        try:
            super().boot()
        except json.JSONDecodeError:
            # Masonite parses the body while it builds the request, before an error handler has a
            # request and response to answer with: build them again without the body, then fail.
            environ = self.application.make("environ")
            self.application.bind(
                "environ", {**environ, "wsgi.input": io.BytesIO(), "CONTENT_LENGTH": "0"}
            )
            super().boot()
            raise MalformedJsonBody() from None
