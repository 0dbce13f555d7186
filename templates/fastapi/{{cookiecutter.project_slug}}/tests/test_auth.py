{%- if cookiecutter.auth == "jwt" -%}
from datetime import timedelta

import httpx2

from {{ cookiecutter.project_slug }}.config import Settings
from {{ cookiecutter.project_slug }}.security import create_access_token

USER = {"username": "ada", "password": "correct horse battery"}


async def register(client: httpx2.AsyncClient) -> dict[str, object]:
    response = await client.post("/users", json=USER)
    assert response.status_code == 201, response.text
    user: dict[str, object] = response.json()
    return user


async def login(client: httpx2.AsyncClient, password: str = USER["password"]) -> httpx2.Response:
    # OAuth2's password flow sends form fields, not JSON.
    return await client.post(
        "/auth/token", data={"username": USER["username"], "password": password}
    )


async def test_register_login_and_read_me(client: httpx2.AsyncClient) -> None:
    user = await register(client)
    assert "password" not in user and "hashed_password" not in user

    token = await login(client)
    assert token.status_code == 200
    assert token.json()["token_type"] == "bearer"

    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    me = await client.get("/users/me", headers=headers)
    assert me.status_code == 200
    assert me.json() == {"id": user["id"], "username": "ada", "is_active": True}


async def test_duplicate_username_is_409(client: httpx2.AsyncClient) -> None:
    await register(client)

    assert (await client.post("/users", json=USER)).status_code == 409


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

    assert (await client.get("/users/me")).status_code == 401
    for token in ("not-a-jwt", expired, forged):
        response = await client.get("/users/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
{%- endif %}
