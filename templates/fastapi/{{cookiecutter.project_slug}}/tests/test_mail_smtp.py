{%- if cookiecutter.auth == "jwt" -%}
"""The password reset email over real SMTP, configured as production configures it."""

import smtplib
from collections.abc import Iterator

import httpx2
import pytest

from {{ cookiecutter.project_slug }}.config import Settings
from {{ cookiecutter.project_slug }}.mail import send_email

from .smtp_server import SmtpServer
from .test_auth import login, register, reset_token_in

# What production sets; the test's own SMTP server on loopback stands in for the mail relay.
SMTP_ENVIRONMENT = {"SMTP_STARTTLS": "false", "EMAIL_FROM": "accounts@example.com"}


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


@pytest.fixture
def settings(
    settings: Settings, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """The suite's settings, with email configured from the environment instead of the console."""
    environment = {
        **SMTP_ENVIRONMENT,
        "SMTP_HOST": smtp_server.host,
        "SMTP_PORT": str(smtp_server.port),
        "PASSWORD_RESET_URL": "https://app.example.com/account/reset-password?lang=en",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    from_environment = {name.lower() for name in environment}
    return Settings(**settings.model_dump(exclude=from_environment))


async def test_password_reset_email_goes_over_smtp(
    client: httpx2.AsyncClient, settings: Settings, smtp_server: SmtpServer
) -> None:
    assert settings.smtp_host == "127.0.0.1"
    assert not settings.smtp_starttls
    await register(client)

    asked = await client.post("/auth/password-reset", json={"email": "ada@example.com"})
    assert asked.status_code == 202

    message = smtp_server.message_to("ada@example.com", sender="accounts@example.com")
    assert message["Subject"] == "Reset your password"
    body: str = message.get_content()
    # The frontend's page keeps its own query; the token comes beside it.
    assert "https://app.example.com/account/reset-password?lang=en&token=" in body
    token = reset_token_in(body, "https://app.example.com/account/reset-password")

    reset = {"token": token, "new_password": "a new passphrase"}
    assert (await client.post("/auth/password-reset/confirm", json=reset)).status_code == 204
    assert (await login(client, password="a new passphrase")).status_code == 200
    assert (await login(client)).status_code == 401


def test_with_starttls_on_nothing_is_sent_in_the_clear(settings: Settings) -> None:
    # The test server offers no TLS: the message must not go out unencrypted instead.
    with_tls = settings.model_copy(update={"smtp_starttls": True})
    with pytest.raises(smtplib.SMTPNotSupportedError):
        send_email(with_tls, "ada@example.com", "Reset your password", "a secret link")
{%- endif %}
