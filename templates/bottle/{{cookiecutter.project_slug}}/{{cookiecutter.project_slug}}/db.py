{%- if cookiecutter.layout == "package" and cookiecutter.database != "none" -%}
"""The database: one engine per app, a session per unit of work."""

from bottle import Bottle, request
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker


def install(app: Bottle, database_url: str) -> None:
    """Give ``app`` its engine and session factory (in its config, so every app has its own)."""
    # Test pooled connections before use, so a database restart costs no failed request.
    engine = create_engine(database_url, pool_pre_ping=True)
    app.config["db.engine"] = engine
    app.config["db.sessions"] = sessionmaker(engine, expire_on_commit=False)


def engine() -> Engine:
    """The engine of the app serving this request."""
    current: Engine = request.app.config["db.engine"]
    return current


def session() -> Session:
    """A new session of the app serving this request: ``with session() as s, s.begin(): ...``."""
    factory: sessionmaker[Session] = request.app.config["db.sessions"]
    return factory()
{%- endif %}
