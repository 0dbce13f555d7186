"""py4web's Auth, as common.py enables it: its pages and its JSON API under /<app>/auth/."""

import webtest

from .conftest import APP_NAME

AUTH = f"/{APP_NAME}/auth"
ADA = {
    "username": "ada",
    "email": "ada@example.com",
    "password": "Analytical-Engine-1843",
    "first_name": "Ada",
    "last_name": "Lovelace",
}


def test_login_page_has_a_form_with_a_csrf_key(client: webtest.TestApp) -> None:
    res = client.get(f"{AUTH}/login")
    assert res.status_int == 200
    form = res.html.find("form")
    assert form is not None
    assert form.find("input", attrs={"name": "_formkey"}) is not None


def test_a_registered_user_can_log_in(client: webtest.TestApp) -> None:
    assert client.post_json(f"{AUTH}/api/register", ADA).json["status"] == "success"
    login = client.post_json(f"{AUTH}/api/login", {"email": "ada", "password": ADA["password"]})
    assert login.json["user"]["username"] == "ada"
    # The session cookie now carries the login: the home page greets the user.
    profile = client.get(f"/{APP_NAME}/").html.select_one(f'nav a[href="{AUTH}/profile"]')
    assert profile is not None and profile.get_text() == "ada"


def test_weak_passwords_are_refused(client: webtest.TestApp) -> None:
    weak = {**ADA, "password": "secret"}
    res = client.post_json(f"{AUTH}/api/register", weak, status=401)
    assert "password" in res.json["errors"]


def test_wrong_password_does_not_log_in(client: webtest.TestApp) -> None:
    client.post_json(f"{AUTH}/api/register", ADA)
    res = client.post_json(f"{AUTH}/api/login", {"email": "ada", "password": "wrong"}, status=400)
    assert res.json["message"] == "Invalid Credentials"
    assert client.get(f"/{APP_NAME}/").html.select_one(f'nav a[href="{AUTH}/login"]') is not None
