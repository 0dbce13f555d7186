{%- if cookiecutter.auth == "jwt" -%}
"""Outgoing email: printed to the console unless SMTP_HOST is set (then sent over SMTP).

Locally nothing needs configuring: a password reset email appears in the server's output. In
production, set SMTP_HOST and friends (see .env.example).
"""

import smtplib
import sys
from email.message import EmailMessage

from {{ cookiecutter.project_slug }}.config import Settings


def send_email(settings: Settings, to: str, subject: str, body: str) -> None:
    """Blocking; routes hand it to BackgroundTasks, which runs it in a worker thread after the
    response has gone, so a slow mail server does not hold up (or time) the request."""
    message = EmailMessage()
    message["From"] = settings.email_from
    message["To"] = to
    message["Subject"] = subject
    # 8bit keeps long lines (such as a reset link) whole and readable in the console.
    message.set_content(body, cte="8bit")
    if not settings.smtp_host:
        sys.stdout.write(f"{message.as_string()}\n")
        sys.stdout.flush()
        return
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_username:
            smtp.login(settings.smtp_username, settings.smtp_password)
        smtp.send_message(message)
{%- endif %}
