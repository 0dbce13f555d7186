{%- set db = cookiecutter.database != "none" -%}
{%- if cookiecutter.database == "sqlite" -%}
from pathlib import Path

{% endif -%}
import httpx2

from {{ cookiecutter.project_slug }}.app import create_app
from {{ cookiecutter.project_slug }}.config import Settings


async def test_health(client: httpx2.AsyncClient) -> None:
    response = await client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_the_docs_describe_health_with_its_model(client: httpx2.AsyncClient) -> None:
    """/health answers with a plain JSONResponse; its OpenAPI entry must still name the model."""
    schema = (await client.get("/openapi.json")).json()
    answers = schema["paths"]["/health"]["get"]["responses"]
    assert answers["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Health"
    }
{%- if db %}
{%- if cookiecutter.database == "sqlite" %}


async def test_health_reports_an_unreachable_database(tmp_path: Path, settings: Settings) -> None:
    unreachable = f"sqlite+aiosqlite:///{tmp_path / 'no-such-folder' / 'app.db'}"
{%- else %}


async def test_health_reports_an_unreachable_database(settings: Settings) -> None:
    unreachable = "postgresql+asyncpg://app:app@127.0.0.1:1/nowhere"  # nothing listens on port 1
{%- endif %}
    app = create_app(settings.model_copy(update={"database_url": unreachable}))
    transport = httpx2.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx2.AsyncClient(transport=transport, base_url="http://test") as client,
    ):
        response = await client.get("/health")

    assert response.status_code == 503
    assert response.json()["status"] == "error"
{%- endif %}


async def test_openapi_docs_can_be_turned_off(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"docs_enabled": False}))
    async with httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app), base_url="http://test"
    ) as client:
        assert (await client.get("/docs")).status_code == 404
        assert (await client.get("/openapi.json")).status_code == 404
        assert (await client.get("/redoc")).status_code == 404


async def test_docs_pages_escape_the_project_name(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"project_name": "<b>Shop</b>"}))
    async with httpx2.AsyncClient(
        transport=httpx2.ASGITransport(app=app), base_url="http://test"
    ) as client:
        for page in ("/docs", "/redoc"):
            response = await client.get(page)
            assert response.status_code == 200
            assert "&lt;b&gt;Shop&lt;/b&gt;" in response.text
            assert "<b>Shop" not in response.text
        redirect = await client.get("/docs/oauth2-redirect")
        assert redirect.status_code == 200


async def test_cors_allows_configured_origins_only(client: httpx2.AsyncClient) -> None:
    allowed = await client.get("/health", headers={"Origin": "https://frontend.example"})
    other = await client.get("/health", headers={"Origin": "https://evil.example"})

    assert allowed.headers["access-control-allow-origin"] == "https://frontend.example"
    assert "access-control-allow-origin" not in other.headers
