"""Hello world in Pyramid, for benchmarks/throughput.py: `use = call:hello_pyramid:main` in a copy
of the project's production.ini, so pserve and waitress run as the project's do."""

from pyramid.config import Configurator


def health(request):
    return {"status": "ok"}


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.add_route("health", "/health")
        config.add_view(health, route_name="health", renderer="json")
        return config.make_wsgi_app()
