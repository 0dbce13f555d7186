from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper


def test_health_is_ok_when_the_database_answers(client, db):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_health_is_503_when_the_database_is_down(client, db, monkeypatch):
    def refuse(self):
        raise OperationalError("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr(BaseDatabaseWrapper, "cursor", refuse)
        response = client.get("/health")

    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_health_does_not_redirect_to_https(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/health").status_code == 200
    assert client.get("/").status_code == 301
