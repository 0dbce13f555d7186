{% if cookiecutter.auth == "accounts" -%}
"""The password reset email over real SMTP, configured as production configures it."""

import re
import smtplib
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from {{ cookiecutter.project_slug }} import config
from {{ cookiecutter.project_slug }}.mail import send_mail
from {{ cookiecutter.project_slug }}.models import User

from .conftest import PASSWORD
from .smtp_server import SmtpServer
from .test_accounts import NEW_PASSWORD, post_form, signed_in_email


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


@pytest.fixture
def smtp_app(app: Flask, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> Flask:
    """The test app, with the email settings read from the environment as in production."""
    environment = {
        "SECRET_KEY": app.config["SECRET_KEY"],
        "MAIL_BACKEND": "smtp",
        "MAIL_FROM": "accounts@example.com",
        "SMTP_HOST": smtp_server.host,
        "SMTP_PORT": str(smtp_server.port),
        "SMTP_STARTTLS": "false",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    production = config.from_environment()
    app.config.update(
        {name: value for name, value in production.items() if name.startswith(("MAIL_", "SMTP_"))}
    )
    return app


def test_password_reset_email_goes_over_smtp(
    smtp_app: Flask, smtp_server: SmtpServer, user: User
) -> None:
    assert smtp_app.config["SMTP_PORT"] == smtp_server.port
    anonymous: FlaskClient = smtp_app.test_client()

    post_form(anonymous, "/accounts/reset", email=user.email)

    message = smtp_server.message_to(user.email, sender="accounts@example.com")
    assert message["Subject"] == "Reset your password"
    body: str = message.get_content()
    found = re.search(r"http://localhost(/accounts/reset/\S+)", body)
    assert found, body
    link = found.group(1)

    reset = post_form(anonymous, link, password=NEW_PASSWORD, confirm=NEW_PASSWORD)
    assert reset.status_code == 302
    # A new browser: the old password is refused, the new one signs in.
    other = smtp_app.test_client()
    refused = post_form(other, "/accounts/login", email=user.email, password=PASSWORD)
    assert refused.status_code == 401
    signed_in = post_form(other, "/accounts/login", email=user.email, password=NEW_PASSWORD)
    assert signed_in.status_code == 302
    assert signed_in_email(other) == user.email


def test_with_starttls_on_nothing_is_sent_in_the_clear(smtp_app: Flask) -> None:
    # The test server offers no TLS: the message must not go out unencrypted instead.
    smtp_app.config["SMTP_STARTTLS"] = True
    with smtp_app.app_context(), pytest.raises(smtplib.SMTPNotSupportedError):
        send_mail("ada@example.com", "Reset your password", "a secret link")
{%- endif %}
