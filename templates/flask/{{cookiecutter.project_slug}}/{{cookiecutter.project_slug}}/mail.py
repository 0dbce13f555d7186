{% if cookiecutter.auth == "accounts" -%}
"""Sending email: printed to the console locally, sent by SMTP when MAIL_BACKEND=smtp.

The SMTP settings come from the environment (see .env.example): SMTP_HOST, SMTP_PORT,
SMTP_USERNAME, SMTP_PASSWORD, SMTP_STARTTLS, and MAIL_FROM for the sender.
"""

import smtplib
import sys
from email.message import EmailMessage

from flask import current_app


def send_mail(to: str, subject: str, body: str) -> None:
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if config["MAIL_BACKEND"] == "smtp":
        with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=30) as smtp:
            if config["SMTP_STARTTLS"]:
                smtp.starttls()
            if config["SMTP_USERNAME"]:
                smtp.login(config["SMTP_USERNAME"], config["SMTP_PASSWORD"])
            smtp.send_message(message)
    else:
        # The console backend: the message on stdout, where `flask run` shows it; the body as
        # written (as_string() would wrap long links in quoted-printable).
        headers = "".join(f"{name}: {value}\n" for name, value in message.items())
        print(f"{headers}\n{body}", file=sys.stdout, flush=True)
{%- endif %}
