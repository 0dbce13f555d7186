"""The test layer: the project's Zope, configured once per test session over an in-memory ZODB.

It loads the real etc/site.zcml (and so the add-on package), but never opens var/Data.fs: the
database lives in memory and vanishes with the test run.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from webtest import TestApp
from Zope2.Startup.run import make_wsgi_app
from ZPublisher.httpexceptions import HTTPExceptionHandler

from {{ cookiecutter.project_slug }}.logs import WSGIApp
from {{ cookiecutter.project_slug }}.middleware import filter_factory

PROJECT = Path(__file__).resolve().parents[1]
ADMIN = ("test-admin", "test-password-not-a-secret")

TEST_ZOPE_CONF = """\
instancehome {instance}
clienthome {client}
<zodb_db main>
    <mappingstorage />
    mount-point /
</zodb_db>
"""


def _zconfig_path(path: Path) -> str:
    return str(path).replace("$", "$$")  # ZConfig reads "$name" as a substitution


@pytest.fixture(scope="session")
def wsgi_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WSGIApp]:
    """Zope's WSGI app as etc/zope.ini's pipeline builds it (without its access log), started once:
    Zope's set-up is process-wide."""
    client = tmp_path_factory.mktemp("zope")
    config = client / "zope.conf"
    config.write_text(
        TEST_ZOPE_CONF.format(instance=_zconfig_path(PROJECT), client=_zconfig_path(client))
    )
    with pytest.MonkeyPatch.context() as env:
        # The test administrator wins over .env, which holds the real one.
        env.setenv("ZOPE_ADMIN_USER", ADMIN[0])
        env.setenv("ZOPE_ADMIN_PASSWORD", ADMIN[1])
        zope = HTTPExceptionHandler(make_wsgi_app({}, str(config)))
        yield filter_factory({})(zope)


@pytest.fixture
def anonymous(wsgi_app: WSGIApp) -> TestApp:
    return TestApp(wsgi_app)


@pytest.fixture
def admin(wsgi_app: WSGIApp) -> TestApp:
    app = TestApp(wsgi_app)
    app.authorization = ("Basic", ADMIN)
    return app
