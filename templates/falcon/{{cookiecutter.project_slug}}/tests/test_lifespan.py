{%- if cookiecutter.interface == "asgi" -%}
{%- set db = cookiecutter.database != "none" -%}
"""The app through one ASGI lifespan, as uvicorn runs it: startup, concurrent requests, shutdown.

falcon.testing.ASGIConductor keeps the app started across requests (TestClient starts and stops
it around each one){% if db %}, so the requests share the engine's connection pool{% endif %}.
"""

from __future__ import annotations

import asyncio

from falcon import testing

from {{ cookiecutter.project_slug }}.app import App


def test_concurrent_requests_in_one_lifespan(app: App) -> None:
    async def serve() -> list[testing.Result]:
        async with testing.ASGIConductor(app) as conductor:
{%- if db %}
            created = await asyncio.gather(
                *(conductor.simulate_post("/items", json={"name": f"tea {n}"}) for n in range(5))
            )
            responses = [*created, await conductor.simulate_get("/items")]
{%- else %}
            responses = await asyncio.gather(*(conductor.simulate_get("/health") for _ in range(5)))
{%- endif %}
        # After the block: the conductor's __aexit__ is typed as able to swallow an exception.
        return responses

{%- if db %}

    *created, listing = asyncio.run(serve())
    assert [response.status_code for response in created] == [201] * 5
    assert sorted(item["name"] for item in listing.json) == [f"tea {n}" for n in range(5)]
{%- else %}

    responses = asyncio.run(serve())
    assert [response.status_code for response in responses] == [200] * 5
    assert len({response.headers["X-Request-ID"] for response in responses}) == 5
{%- endif %}
{%- endif %}
