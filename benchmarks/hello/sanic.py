"""Hello world in Sanic, for benchmarks/throughput.py: `sanic hello_sanic:create_app --factory ...`."""

from sanic import Sanic, json


def create_app() -> Sanic:
    app = Sanic("hello")

    @app.get("/health")
    async def health(request):
        return json({"status": "ok"})

    return app
