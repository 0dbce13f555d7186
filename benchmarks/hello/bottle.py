"""Hello world in Bottle, for benchmarks/throughput.py: served by gunicorn as hello_bottle:app."""

import bottle

app = bottle.Bottle()


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
