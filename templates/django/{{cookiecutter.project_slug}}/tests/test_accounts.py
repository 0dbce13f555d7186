import re

import pytest
from allauth.account.models import EmailAddress
from django.core.mail import EmailMessage
from django.test import Client
from django.urls import reverse

from {{ cookiecutter.project_slug }}.notes.models import Note
from {{ cookiecutter.project_slug }}.users.models import User


def _link(message: EmailMessage) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", str(message.body))
    assert match, message.body
    return match.group(1)


@pytest.fixture
def verified_user(user: User) -> User:
    # What signing up and following the confirmation link leave behind.
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def test_a_visitor_signs_up_confirms_the_email_and_signs_in(
    client: Client, db: None, mailoutbox: list[EmailMessage], password: str
) -> None:
    signed_up = client.post(
        reverse("account_signup"),
        {"email": "new@example.com", "password1": password, "password2": password},
    )
    assert signed_up.status_code == 302
    assert signed_up["Location"] == reverse("account_email_verification_sent")

    # Signing in before confirming only sends the link again.
    early = client.post(
        reverse("account_login"), {"login": "new@example.com", "password": password}
    )
    assert early["Location"] == reverse("account_email_verification_sent")
    assert client.get(reverse("notes:create")).status_code == 302

    confirm = _link(mailoutbox[0])
    assert client.get(confirm).status_code == 200
    assert client.post(confirm).status_code == 302

    signed_in = client.post(
        reverse("account_login"), {"login": "new@example.com", "password": password}
    )
    assert signed_in.status_code == 302
    assert signed_in["Location"] == reverse("notes:list")
    written = client.post(reverse("notes:create"), {"title": "Mine"})
    assert written.status_code == 302
    assert Note.objects.get().owner.email == "new@example.com"


def test_a_user_who_is_not_staff_signs_in_on_the_site(
    client: Client, verified_user: User, password: str
) -> None:
    assert not verified_user.is_staff
    response = client.post(
        reverse("account_login") + "?next=/notes/new/",
        {"login": verified_user.email, "password": password},
    )

    assert response.status_code == 302
    assert response["Location"] == "/notes/new/"
    assert client.get("/notes/new/").status_code == 200


def test_a_wrong_password_is_refused(client: Client, verified_user: User) -> None:
    response = client.post(
        reverse("account_login"), {"login": verified_user.email, "password": "not-it"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    assert "_auth_user_id" not in client.session


def test_a_user_signs_out(client: Client, verified_user: User) -> None:
    client.force_login(verified_user)

    response = client.post(reverse("account_logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_user_changes_the_password(client: Client, verified_user: User, password: str) -> None:
    client.force_login(verified_user)

    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": password, "password1": "another-long-one", "password2": "another-long-one"},
    )

    assert response.status_code == 302
    verified_user.refresh_from_db()
    assert verified_user.check_password("another-long-one")


def test_a_forgotten_password_is_reset_through_an_emailed_link(
    client: Client, verified_user: User, mailoutbox: list[EmailMessage]
) -> None:
    sent = client.post(reverse("account_reset_password"), {"email": verified_user.email})
    assert sent.status_code == 302
    assert mailoutbox[0].to == [verified_user.email]

    form = client.get(_link(mailoutbox[0]), follow=True)
    assert form.status_code == 200
    reset = client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else _link(mailoutbox[0]),
        {"password1": "a-brand-new-passphrase", "password2": "a-brand-new-passphrase"},
    )

    assert reset.status_code == 302
    verified_user.refresh_from_db()
    assert verified_user.check_password("a-brand-new-passphrase")


def test_a_user_can_turn_on_two_factor_authentication(
    client: Client, verified_user: User, password: str
) -> None:
    client.force_login(verified_user)
    activate = reverse("mfa_activate_totp")

    # Security settings ask for the password again first.
    assert client.get(reverse("mfa_index")).status_code == 200
    assert client.get(activate)["Location"].startswith(reverse("account_reauthenticate"))
    confirmed = client.post(
        f"{reverse('account_reauthenticate')}?next={activate}", {"password": password}
    )
    assert confirmed["Location"] == activate

    totp = client.get(activate)
    assert totp.status_code == 200
    assert "totp_url" in totp.context
