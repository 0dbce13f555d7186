"""Hello world in py4web, for benchmarks/throughput.py: copied in as the app
hello_apps/hello_py4web/__init__.py and served by the project's own `py4web run` command."""

from py4web import action


@action("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
