"""The password reset email over real SMTP, configured as production configures it."""

import re
import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse

from {{ cookiecutter.project_slug }}.users.models import User

from .smtp_server import SmtpServer

NEW_PASSWORD = "a-brand-new-passphrase"
PRODUCTION_SETTINGS = Path(__file__).resolve().parents[1] / "config" / "settings.py"


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


@pytest.fixture
def smtp_email(
    smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Any]]:
    """The email settings that config/settings.py makes of production's environment variables.

    The test runner swaps in an in-memory outbox; this puts SMTP back, as the settings module
    itself parses EMAIL_URL and DEFAULT_FROM_EMAIL.
    """
    monkeypatch.setenv("EMAIL_URL", f"smtp://{smtp_server.host}:{smtp_server.port}")
    monkeypatch.setenv("DEFAULT_FROM_EMAIL", "accounts@example.com")
    production = runpy.run_path(str(PRODUCTION_SETTINGS))
    email = {
        name: value
        for name, value in production.items()
        if name.startswith("EMAIL_") or name == "DEFAULT_FROM_EMAIL"
    }
    with override_settings(**email):
        yield email


def test_a_password_reset_email_goes_over_smtp(
    client: Client, user: User, smtp_email: dict[str, Any], smtp_server: SmtpServer
) -> None:
    assert smtp_email["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)

    sent = client.post(reverse("account_reset_password"), {"email": user.email})
    assert sent.status_code == 302

    message = smtp_server.message_to(user.email, sender="accounts@example.com")
    # Django folds a non-ASCII subject onto a continuation line: the space before it is folding.
    subject = message["Subject"].strip()
    assert subject == f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}Password Reset Email"
    body: str = message.get_content()
    found = re.search(r"https?://[^/\s]+(/\S+)", body)
    assert found, body

    # allauth moves the key from the link into the session, then shows the form.
    form = client.get(found.group(1), follow=True)
    assert form.status_code == 200
    reset = client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else found.group(1),
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert reset.status_code == 302

    client.logout()
    signed_in = client.post(
        reverse("account_login"), {"login": user.email, "password": NEW_PASSWORD}
    )
    assert signed_in.status_code == 302
    assert signed_in["Location"] == reverse("notes:list")
