"""Settings: PostgreSQL URLs as hosting platforms write them become pyDAL URIs."""

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("url", "uri"),
    [
        ("postgresql://u:p@db:5432/app", "postgres://u:p@db:5432/app"),
        ("postgresql+psycopg2://u:p@db/app", "postgres://u:p@db/app"),
        ("postgres://u:p@db/app", "postgres://u:p@db/app"),
        ("sqlite://app.db", "sqlite://app.db"),
    ],
)
def test_database_url_becomes_a_pydal_uri(wsgi_app: Any, url: str, uri: str) -> None:
    from apps.{{ cookiecutter.project_slug }}.settings import pydal_uri

    assert pydal_uri(url) == uri
