"""Hello world in Flask, for benchmarks/throughput.py: served by gunicorn as hello_flask:app."""

from flask import Flask

app = Flask(__name__)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
