import logging

import pytest
from django.test import Client

from config.request_id import RequestIdFilter, current_request_id


def test_every_response_carries_a_request_id(client: Client, db: None) -> None:
    first = client.get("/health")["X-Request-ID"]
    second = client.get("/health")["X-Request-ID"]

    assert len(first) == 32
    assert first != second


def test_a_proxy_request_id_is_kept_and_a_forged_one_replaced(client: Client, db: None) -> None:
    assert client.get("/", HTTP_X_REQUEST_ID="lb-1234")["X-Request-ID"] == "lb-1234"
    assert client.get("/", HTTP_X_REQUEST_ID="a\nforged line")["X-Request-ID"] != "a\nforged line"


@pytest.fixture
def request_log(monkeypatch: pytest.MonkeyPatch) -> list[logging.LogRecord]:
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    monkeypatch.setattr(handler, "emit", records.append)
    handler.addFilter(RequestIdFilter())
    monkeypatch.setattr(logging.getLogger("django.request"), "handlers", [handler])
    return records


def test_error_responses_are_logged_with_the_request_id(
    client: Client, db: None, request_log: list[logging.LogRecord]
) -> None:
    response = client.get("/notes/999/", HTTP_X_REQUEST_ID="req-42")

    assert response.status_code == 404
    assert [(r.levelname, vars(r)["request_id"]) for r in request_log] == [("WARNING", "req-42")]


def test_lines_logged_while_serving_a_request_carry_its_id() -> None:
    token = current_request_id.set("req-7")
    try:
        record = logging.makeLogRecord({"msg": "working"})
        RequestIdFilter().filter(record)
    finally:
        current_request_id.reset(token)

    # The filter adds request_id to the record, an attribute LogRecord's type does not list.
    assert vars(record)["request_id"] == "req-7"
    assert current_request_id.get() == "-"
