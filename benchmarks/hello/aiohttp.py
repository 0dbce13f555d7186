"""Hello world in aiohttp, for benchmarks/throughput.py: `python -m hello_aiohttp --host H --port P`."""

import argparse

from aiohttp import web


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    app = web.Application()
    app.router.add_get("/health", health)
    web.run_app(app, host=args.host, port=args.port)
