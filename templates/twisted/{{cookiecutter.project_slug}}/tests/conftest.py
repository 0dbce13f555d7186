"""Fixtures: test settings, and treq's in-memory client for the app built with them."""

from __future__ import annotations

from typing import cast

import pytest
from treq.client import HTTPClient
from treq.testing import StubTreq

from {{ cookiecutter.project_slug }}.app import Application
from {{ cookiecutter.project_slug }}.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def client(settings: Settings) -> HTTPClient:
    # Requests go through the real app and twisted.web, in memory: no port, no network.
    # StubTreq copies HTTPClient's request methods onto itself when it is made, so mypy cannot
    # see them; the tests use it as the HTTPClient it stands in for.
    return cast(HTTPClient, StubTreq(Application(settings).resource()))
