"""Hello world in Falcon, for benchmarks/throughput.py: hello_falcon:app (WSGI, gunicorn) or the
factory hello_falcon:create_asgi (ASGI, uvicorn --factory)."""

import falcon
import falcon.asgi


class Health:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        resp.media = {"status": "ok"}


class AsyncHealth:
    async def on_get(self, req: falcon.asgi.Request, resp: falcon.asgi.Response) -> None:
        resp.media = {"status": "ok"}


app = falcon.App()
app.add_route("/health", Health())


def create_asgi() -> falcon.asgi.App:
    asgi = falcon.asgi.App()
    asgi.add_route("/health", AsyncHealth())
    return asgi
