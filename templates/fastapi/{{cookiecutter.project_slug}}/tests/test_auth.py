{%- if cookiecutter.auth == "jwt" -%}
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest
from pydantic import ValidationError

from {{ cookiecutter.project_slug }}.config import Settings
from {{ cookiecutter.project_slug }}.create_superuser import create_superuser, main
from {{ cookiecutter.project_slug }}.schemas import UserCreate
from {{ cookiecutter.project_slug }}.security import create_access_token, create_reset_token

PASSWORD = "correct horse battery"
USER = {"username": "ada", "email": "ada@example.com", "password": PASSWORD}


async def register(client: httpx2.AsyncClient, username: str = "ada") -> dict[str, object]:
    body = {"username": username, "email": f"{username}@example.com", "password": PASSWORD}
    response = await client.post("/users", json=body)
    assert response.status_code == 201, response.text
    user: dict[str, object] = response.json()
    return user


async def login(
    client: httpx2.AsyncClient, username: str = "ada", password: str = PASSWORD
) -> httpx2.Response:
    # OAuth2's password flow sends form fields, not JSON.
    return await client.post("/auth/token", data={"username": username, "password": password})


async def sign_in(client: httpx2.AsyncClient, username: str) -> dict[str, str]:
    """Register `username` and return the headers that authenticate as them."""
    await register(client, username)
    token = await login(client, username)
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


async def test_register_login_and_read_me(client: httpx2.AsyncClient) -> None:
    user = await register(client)
    assert "password" not in user and "hashed_password" not in user

    token = await login(client)
    assert token.status_code == 200
    assert token.json()["token_type"] == "bearer"

    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    me = await client.get("/users/me", headers=headers)
    assert me.status_code == 200
    assert me.json() == {
        "id": user["id"],
        "username": "ada",
        "email": "ada@example.com",
        "is_active": True,
        "is_superuser": False,
    }


async def test_duplicate_username_or_email_is_409(client: httpx2.AsyncClient) -> None:
    await register(client)

    assert (await client.post("/users", json=USER)).status_code == 409
    same_email = {**USER, "username": "ada2"}
    assert (await client.post("/users", json=same_email)).status_code == 409


async def test_wrong_password_and_unknown_user_are_401(client: httpx2.AsyncClient) -> None:
    await register(client)

    assert (await login(client, password="wrong password")).status_code == 401
    unknown = await client.post("/auth/token", data={"username": "bob", "password": "whatever1"})
    assert unknown.status_code == 401


async def test_me_requires_a_valid_token(client: httpx2.AsyncClient, settings: Settings) -> None:
    user = await register(client)
    expired = create_access_token(str(user["id"]), settings.secret_key, timedelta(minutes=-1))
    forged = create_access_token(
        str(user["id"]), "a-different-secret-key-of-sufficient-length", timedelta(minutes=5)
    )
    # A password reset token is signed with the same key, but is no access token.
    reset = create_reset_token(int(str(user["id"])), "hash", settings.secret_key, timedelta(5))

    assert (await client.get("/users/me")).status_code == 401
    for token in ("not-a-jwt", expired, forged, reset):
        response = await client.get("/users/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"


async def test_change_password(client: httpx2.AsyncClient) -> None:
    headers = await sign_in(client, "ada")
    change = {"current_password": "not my password", "new_password": "a new passphrase"}

    wrong = await client.post("/users/me/password", json=change, headers=headers)
    assert wrong.status_code == 400
    change["current_password"] = PASSWORD
    assert (await client.post("/users/me/password", json=change)).status_code == 401
    done = await client.post("/users/me/password", json=change, headers=headers)
    assert done.status_code == 204

    assert (await login(client)).status_code == 401
    assert (await login(client, password="a new passphrase")).status_code == 200


def reset_token_in(email: str, page: str) -> str:
    """The token of the email's link to the frontend's reset page (what that page reads)."""
    link = next(word for word in email.split() if word.startswith(f"{page}?"))
    tokens = parse_qs(urlsplit(link).query)["token"]
    assert len(tokens) == 1, link
    return tokens[0]


async def test_password_reset_by_email(
    client: httpx2.AsyncClient, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    await register(client)
    capsys.readouterr()

    unknown = await client.post("/auth/password-reset", json={"email": "eve@example.com"})
    assert unknown.status_code == 202
    assert capsys.readouterr().out == ""  # nothing sent, and the answer does not tell

    asked = await client.post("/auth/password-reset", json={"email": "ada@example.com"})
    assert asked.status_code == 202
    email = capsys.readouterr().out  # the console email backend: no SMTP_HOST in the tests
    assert "To: ada@example.com" in email
    token = reset_token_in(email, settings.password_reset_url)

    reset = {"token": token, "new_password": "a new passphrase"}
    assert (await client.post("/auth/password-reset/confirm", json=reset)).status_code == 204
    assert (await login(client, password="a new passphrase")).status_code == 200
    assert (await login(client)).status_code == 401
    # A token works once: it was issued for the password it has just replaced.
    again = await client.post("/auth/password-reset/confirm", json=reset)
    assert again.status_code == 400
    forged = {"token": "not-a-token", "new_password": "another passphrase"}
    assert (await client.post("/auth/password-reset/confirm", json=forged)).status_code == 400


@pytest.mark.parametrize("page", ["app.example.com/reset", "/reset-password", "ftp://example.com"])
def test_the_reset_page_must_be_an_absolute_web_address(settings: Settings, page: str) -> None:
    with pytest.raises(ValidationError, match="absolute http"):
        Settings(secret_key=settings.secret_key, password_reset_url=page)


async def test_items_belong_to_their_owner(client: httpx2.AsyncClient) -> None:
    ada = await sign_in(client, "ada")
    bob = await sign_in(client, "bob")

    assert (await client.post("/items", json={"name": "Anonymous"})).status_code == 401
    created = await client.post("/items", json={"name": "Ada's"}, headers=ada)
    assert created.status_code == 201
    url = f"/items/{created.json()['id']}"

    assert (await client.get(url)).status_code == 200  # anyone may read
    assert (await client.patch(url, json={"name": "x"})).status_code == 401
    assert (await client.patch(url, json={"name": "Bob's"}, headers=bob)).status_code == 403
    assert (await client.delete(url, headers=bob)).status_code == 403
    assert (await client.patch(url, json={"name": "Mine"}, headers=ada)).status_code == 200
    assert (await client.delete(url, headers=ada)).status_code == 204


async def test_a_superuser_may_change_every_item(
    client: httpx2.AsyncClient, settings: Settings
) -> None:
    ada = await sign_in(client, "ada")
    created = await client.post("/items", json={"name": "Ada's"}, headers=ada)
    body = UserCreate(username="root", email="root@example.com", password=PASSWORD)

    assert await create_superuser(settings.database_url, body) == "created superuser root"
    token = (await login(client, "root")).json()["access_token"]
    root = {"Authorization": f"Bearer {token}"}

    assert (await client.get("/users/me", headers=root)).json()["is_superuser"] is True
    assert (await client.delete(f"/items/{created.json()['id']}", headers=root)).status_code == 204


def test_create_superuser_needs_a_password_without_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SUPERUSER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)

    with pytest.raises(SystemExit) as exited:
        main(["root", "root@example.com"])

    assert exited.value.code == 2
    assert "set SUPERUSER_PASSWORD" in capsys.readouterr().err
{%- endif %}
