{%- if cookiecutter.database != "none" -%}
"""SQLAlchemy wiring: one engine per process, one session per request, joined to its transaction.

pyramid_tm opens a transaction for each request and commits it when the view succeeds (aborts it
on an error); zope.sqlalchemy ties the SQLAlchemy session to that transaction, so views never
commit by hand.
"""

from typing import TYPE_CHECKING

import zope.sqlalchemy
from sqlalchemy import Engine, engine_from_config
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from .meta import Base
from .note import Note

if TYPE_CHECKING:  # alembic/env.py imports the models, and must not import Pyramid
    from pyramid.config import Configurator
    from pyramid.request import Request
    from transaction import TransactionManager

# Fail at start-up, not on the first request, if a relationship is misconfigured.
configure_mappers()

__all__ = ["Base", "Note", "get_engine", "get_session_factory", "get_tm_session"]


def get_engine(settings: dict[str, str], prefix: str = "sqlalchemy.") -> Engine:
    return engine_from_config(settings, prefix)


def get_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine)


def get_tm_session(
    session_factory: sessionmaker[Session],
    transaction_manager: "TransactionManager",
    request: "Request | None" = None,
) -> Session:
    """A session joined to ``transaction_manager``: committed or aborted with it."""
    dbsession = session_factory(info={"request": request})
    zope.sqlalchemy.register(dbsession, transaction_manager=transaction_manager)
    return dbsession


def includeme(config: "Configurator") -> None:
    settings = config.get_settings()
    # One explicit transaction per request, retried on transient errors (serialization failures).
    settings["tm.manager_hook"] = "pyramid_tm.explicit_manager"
    config.include("pyramid_tm")
    config.include("pyramid_retry")

    engine = get_engine(settings)
    session_factory = get_session_factory(engine)
    config.registry["dbengine"] = engine
    config.registry["dbsession_factory"] = session_factory

    def dbsession(request: "Request") -> Session:
        # The tests put their own session (inside a transaction they roll back) in the environ.
        session: Session | None = request.environ.get("app.dbsession")
        if session is None:
            session = get_tm_session(session_factory, request.tm, request=request)
        return session

    config.add_request_method(dbsession, reify=True)
{%- endif %}
