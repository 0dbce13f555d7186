from typing import NoReturn

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from pytest_django import Settings


def test_health_is_ok_when_the_database_answers(client: Client, db: None) -> None:
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_health_is_503_when_the_database_is_down(
    client: Client, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: BaseDatabaseWrapper) -> NoReturn:
        raise OperationalError("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr(BaseDatabaseWrapper, "cursor", refuse)
        response = client.get("/health")

    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_health_does_not_redirect_to_https(client: Client, db: None, settings: Settings) -> None:
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/health").status_code == 200
    assert client.get("/").status_code == 301


def test_health_answers_probes_by_ip_address_under_production_hosts(
    client: Client, db: None, settings: Settings
) -> None:
    # The container's HEALTHCHECK calls http://127.0.0.1:8000/health whatever ALLOWED_HOSTS says.
    settings.ALLOWED_HOSTS = ["example.com"]
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/health", HTTP_HOST="127.0.0.1:8000").status_code == 200
    # Every other page still refuses a host the site does not serve.
    assert client.get("/", HTTP_HOST="127.0.0.1:8000").status_code == 400
    assert client.get("/", HTTP_HOST="example.com", secure=True).status_code == 200
