{%- if cookiecutter.interface == "asgi" -%}
{%- set db = cookiecutter.database != "none" -%}
"""The app through one ASGI lifespan, as uvicorn runs it: startup, concurrent requests, shutdown.

falcon.testing.ASGIConductor keeps the app started across requests (TestClient starts and stops
it around each one){% if db %}, so the requests share the engine's connection pool{% endif %}.
"""

from __future__ import annotations

import asyncio

import falcon.asgi
from falcon import testing


def test_concurrent_requests_in_one_lifespan(app: falcon.asgi.App) -> None:
    async def serve() -> list[testing.Result]:
        async with testing.ASGIConductor(app) as conductor:
{%- if db %}
            created = await asyncio.gather(
                *(conductor.simulate_post("/items", json={"name": f"tea {n}"}) for n in range(5))
            )
            return [*created, await conductor.simulate_get("/items")]
{%- else %}
            return await asyncio.gather(*(conductor.simulate_get("/health") for _ in range(5)))
{%- endif %}

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
