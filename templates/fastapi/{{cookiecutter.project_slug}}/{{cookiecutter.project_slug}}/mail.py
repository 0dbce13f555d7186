{%- if cookiecutter.auth == "jwt" -%}
"""Outgoing email: printed to the console unless SMTP_HOST is set (then sent over SMTP).

Locally nothing needs configuring: a password reset email appears in the server's output. In
production, set SMTP_HOST and friends (see .env.example).
"""

import smtplib
import ssl
import sys
from email.message import EmailMessage

from {{ cookiecutter.project_slug }}.config import Settings


def send_email(settings: Settings, to: str, subject: str, body: str) -> None:
    """Blocking; routes hand it to BackgroundTasks, which runs it in a worker thread after the
    response has gone, so a slow mail server does not hold up (or time) the request."""
    message = compose(settings.email_from, to, subject, body)
    if not settings.smtp_host:
        print_to_console(message)
        return
    send_over_smtp(
        message,
        settings.smtp_host,
        settings.smtp_port,
        username=settings.smtp_username,
        password=settings.smtp_password,
        starttls=settings.smtp_starttls,
    )


{% include "partials/mail_delivery" %}
{%- endif %}
