"""Fixtures: test settings, and treq's in-memory client for the app built with them."""

from __future__ import annotations

import pytest
from treq.testing import StubTreq

from {{ cookiecutter.project_slug }}.app import Application
from {{ cookiecutter.project_slug }}.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def client(settings: Settings) -> StubTreq:
    # Requests go through the real app and twisted.web, in memory: no port, no network.
    return StubTreq(Application(settings).resource())
