{% if cookiecutter.auth == "accounts" -%}
"""Accounts: sign-up, sign-in, sign-out, password change and reset, note ownership, superusers."""

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from {{ cookiecutter.project_slug }}.extensions import db
from {{ cookiecutter.project_slug }}.models import User

from .conftest import PASSWORD, json_of, make_user, sign_in

NEW_PASSWORD = "a much longer passphrase"


def csrf_token(client: FlaskClient, path: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def post_form(client: FlaskClient, path: str, **fields: str) -> TestResponse:
    return client.post(path, data={**fields, "csrf_token": csrf_token(client, path)})


def signed_in_email(client: FlaskClient) -> str | None:
    found = re.search(r"· (\S+@\S+) ·", client.get("/").text)
    return found.group(1) if found else None


def test_sign_up_signs_in(anonymous: FlaskClient) -> None:
    fields = {"email": " Grace@Example.com ", "password": PASSWORD, "confirm": PASSWORD}
    reply = post_form(anonymous, "/accounts/signup", **fields)
    assert reply.status_code == 302
    assert signed_in_email(anonymous) == "grace@example.com"


@pytest.mark.parametrize(
    ("email", "password", "confirm"),
    [
        ("ada@example.com", PASSWORD, PASSWORD),  # taken
        ("not-an-email", PASSWORD, PASSWORD),
        ("new@example.com", "short", "short"),
        ("new@example.com", PASSWORD, PASSWORD + "x"),
    ],
)
def test_sign_up_rejects_bad_input(
    anonymous: FlaskClient, user: User, email: str, password: str, confirm: str
) -> None:
    fields = {"email": email, "password": password, "confirm": confirm}
    reply = post_form(anonymous, "/accounts/signup", **fields)
    assert reply.status_code == 422
    assert 'class="error"' in reply.text
    assert signed_in_email(anonymous) is None


def test_sign_in_and_out(anonymous: FlaskClient, user: User) -> None:
    wrong = post_form(anonymous, "/accounts/login", email=user.email, password="wrong password")
    assert wrong.status_code == 401
    reply = post_form(
        anonymous, "/accounts/login", email="ADA@example.com", password=PASSWORD, next="/api/notes"
    )
    assert reply.headers["Location"] == "/api/notes"
    assert signed_in_email(anonymous) == user.email
    post_form(anonymous, "/accounts/logout")
    assert signed_in_email(anonymous) is None


def test_sign_in_never_redirects_off_site(anonymous: FlaskClient, user: User) -> None:
    reply = post_form(
        anonymous, "/accounts/login", email=user.email, password=PASSWORD, next="//evil.example/"
    )
    assert reply.headers["Location"] == "/"


def test_change_password(client: FlaskClient, anonymous: FlaskClient, user: User) -> None:
    assert anonymous.get("/accounts/password").status_code == 302  # to the sign-in page
    wrong = post_form(
        client, "/accounts/password", current="wrong", password=NEW_PASSWORD, confirm=NEW_PASSWORD
    )
    assert wrong.status_code == 422
    changed = post_form(
        client, "/accounts/password", current=PASSWORD, password=NEW_PASSWORD, confirm=NEW_PASSWORD
    )
    assert changed.status_code == 302
    reply = post_form(anonymous, "/accounts/login", email=user.email, password=NEW_PASSWORD)
    assert reply.status_code == 302


def test_reset_password_by_email(
    anonymous: FlaskClient, user: User, capsys: pytest.CaptureFixture[str]
) -> None:
    post_form(anonymous, "/accounts/reset", email="nobody@example.com")
    assert "Reset your password" not in capsys.readouterr().out  # no mail, the same answer
    post_form(anonymous, "/accounts/reset", email=user.email)
    mail = capsys.readouterr().out
    assert f"To: {user.email}" in mail
    found = re.search(r"http://localhost(/accounts/reset/\S+)", mail)
    assert found, mail
    link = found.group(1)
    reply = post_form(anonymous, link, password=NEW_PASSWORD, confirm=NEW_PASSWORD)
    assert reply.status_code == 302
    assert signed_in_email(anonymous) == user.email
    # The link worked once: the new password made it invalid.
    assert anonymous.get(link).status_code == 400
    assert anonymous.get("/accounts/reset/forged-token").status_code == 400


def test_anonymous_users_read_but_never_write(anonymous: FlaskClient, client: FlaskClient) -> None:
    note = json_of(client.post("/api/notes", json={"title": "Mine"}))
    assert anonymous.get(f"/api/notes/{note['id']}").status_code == 200
    for method, path in [
        ("post", "/api/notes"),
        ("patch", f"/api/notes/{note['id']}"),
        ("delete", f"/api/notes/{note['id']}"),
    ]:
        reply = getattr(anonymous, method)(path, json={"title": "x"})
        assert reply.status_code == 401, (method, path)
        assert json_of(reply)["error"] == "Unauthorized"


def test_only_owners_and_admins_change_notes(app: Flask, client: FlaskClient, user: User) -> None:
    note = json_of(client.post("/api/notes", json={"title": "Mine"}))
    assert note["owner_id"] == user.id
    other = sign_in(app.test_client(), make_user(app, "eve@example.com"))
    assert other.patch(f"/api/notes/{note['id']}", json={"title": "Hers"}).status_code == 403
    assert other.delete(f"/api/notes/{note['id']}").status_code == 403
    admin = sign_in(app.test_client(), make_user(app, "root@example.com", is_admin=True))
    assert admin.patch(f"/api/notes/{note['id']}", json={"title": "Moderated"}).status_code == 200
    assert client.delete(f"/api/notes/{note['id']}").status_code == 204


def test_create_superuser_command(app: Flask) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-superuser", "Boss@Example.com"], input=f"{PASSWORD}\n" * 2)
    assert result.exit_code == 0, result.output
    with app.app_context():
        boss = db.session.scalar(db.select(User).filter_by(email="boss@example.com"))
        assert boss is not None and boss.is_admin
    short = runner.invoke(args=["create-superuser", "x@example.com", "--password", "short"])
    assert short.exit_code != 0
{%- endif %}
