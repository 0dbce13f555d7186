{% if cookiecutter.auth == "accounts" -%}
"""Sending email: printed to the console locally, sent by SMTP when MAIL_BACKEND=smtp.

The SMTP settings come from the environment (see .env.example): SMTP_HOST, SMTP_PORT,
SMTP_USERNAME, SMTP_PASSWORD, SMTP_STARTTLS, and MAIL_FROM for the sender.
"""

import smtplib
import ssl
import sys
from email.message import EmailMessage

from flask import current_app


def send_mail(to: str, subject: str, body: str) -> None:
    config = current_app.config
    message = compose(config["MAIL_FROM"], to, subject, body)
    if config["MAIL_BACKEND"] != "smtp":
        # The console backend: on stdout, where `flask run` shows it.
        print_to_console(message)
        return
    send_over_smtp(
        message,
        config["SMTP_HOST"],
        config["SMTP_PORT"],
        username=config["SMTP_USERNAME"],
        password=config["SMTP_PASSWORD"],
        starttls=config["SMTP_STARTTLS"],
    )


{% include "partials/mail_delivery" %}
{%- endif %}
