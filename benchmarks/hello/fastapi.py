"""Hello world in FastAPI, for benchmarks/throughput.py: served as hello_fastapi:app."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}
