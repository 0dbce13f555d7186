{%- if cookiecutter.layout == "single-file" -%}
{%- set db = cookiecutter.database != "none" -%}
{%- set gevent = cookiecutter.server == "gevent" -%}
"""{{ cookiecutter.project_slug }}: a Bottle web application in one module.

Settings from the environment, {% if db %}the database model, {% endif %}the routes, JSON errors and the app
factory ``create_app``, which gunicorn and the tests call. The home page's template is
``views/index.tpl`` (Bottle's SimpleTemplate).
"""

import json
import os
{%- if gevent %}
import time
{%- endif %}
from dataclasses import dataclass
{%- if db %}
from datetime import UTC, datetime
{%- endif %}
from pathlib import Path
{%- if db %}
from typing import Any
{%- endif %}

from bottle import Bottle, HTTPError, SimpleTemplate, {% if db %}abort, {% endif %}request, response
from dotenv import dotenv_values, find_dotenv
{%- if db %}
from sqlalchemy import DateTime, Engine, MetaData, String, Text, create_engine, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
{%- endif %}

from logs import configure_logging, send_request_id, take_request_id

# Shown on the home page; SimpleTemplate escapes it there like any other value.
# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip
{%- if cookiecutter.database == "sqlite" %}
DEFAULT_DATABASE_URL = "sqlite:///./{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
DEFAULT_DATABASE_URL = "postgresql+psycopg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}
# The page template is found beside this file, whatever the working directory.
INDEX_PAGE = SimpleTemplate(name="index", lookup=[str(Path(__file__).parent / "views")])


# --- Settings ------------------------------------------------------------------------------------


def read_environment() -> dict[str, str | None]:
    """Environment variables, then ``.env`` (gunicorn does not read it; real variables win)."""
    return {**dotenv_values(find_dotenv(usecwd=True)), **os.environ}


@dataclass(frozen=True)
class Settings:
    secret_key: str
    # DEBUG, INFO, WARNING or ERROR: the least severe log records written.
    log_level: str = "INFO"
{%- if db %}
    database_url: str = DEFAULT_DATABASE_URL
{%- endif %}
{%- if gevent %}
    # GET /_test/slow, which sleeps half a second: only the concurrency test turns it on.
    slow_test_endpoint: bool = False
{%- endif %}

    @classmethod
    def from_environment(cls) -> "Settings":
        env = read_environment()
        secret_key = env.get("SECRET_KEY")
        if not secret_key:
            # Refuse to start rather than sign cookies with an empty or guessable key.
            raise RuntimeError("SECRET_KEY is not set: copy .env.example to .env and fill it in")
        return cls(
            secret_key=secret_key,
            log_level=env.get("LOG_LEVEL") or "INFO",
{%- if db %}
            database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
{%- endif %}
{%- if gevent %}
            slow_test_endpoint=_flag(env.get("SLOW_TEST_ENDPOINT")),
{%- endif %}
        )
{%- if gevent %}


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}
{%- endif %}
{%- if db %}


# --- Database ------------------------------------------------------------------------------------


{% include "partials/sqlalchemy_base" %}


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Note(Base):
    __tablename__ = "notes"

    TITLE_MAX_LENGTH = 200

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX_LENGTH))
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow
    )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "created_at": _as_utc(self.created_at).isoformat(),
            "updated_at": _as_utc(self.updated_at).isoformat(),
        }


def _as_utc(moment: datetime) -> datetime:
    # SQLite stores no UTC offset and returns these UTC values naive.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def db_session() -> Session:
    """A new session of the app serving this request (create_app puts the factory in its config)."""
    factory: sessionmaker[Session] = request.app.config["db.sessions"]
    return factory()
{%- endif %}


# --- Routes --------------------------------------------------------------------------------------


def index() -> str:
    page: str = INDEX_PAGE.render(project_name=request.app.config["app.project_name"])
    return page


def health() -> dict[str, str]:
    """Liveness and readiness for load balancers and container health checks."""
{%- if db %}
    engine: Engine = request.app.config["db.engine"]
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        response.status = 503
        return {"status": "error", "detail": "database unreachable"}
{%- endif %}
    return {"status": "ok"}
{%- if gevent %}


def slow_test_endpoint() -> dict[str, str]:
    # Under gunicorn's gevent worker time.sleep is cooperative: other requests run meanwhile.
    time.sleep(0.5)
    return {"status": "ok"}
{%- endif %}
{%- if db %}


def list_notes() -> dict[str, Any]:
    # ?page=N&per_page=M, bounded so one request cannot load the whole table.
    page = _positive_int("page", default=1)
    per_page = min(_positive_int("per_page", default=20), 100)
    with db_session() as session:
        total = session.scalar(select(func.count()).select_from(Note)) or 0
        notes = session.scalars(
            select(Note).order_by(Note.id).offset((page - 1) * per_page).limit(per_page)
        )
        return {
            "notes": [note.to_dict() for note in notes],
            "page": page,
            "per_page": per_page,
            "total": total,
        }


def create_note() -> dict[str, Any]:
    fields = _note_fields(partial=False)
    with db_session() as session, session.begin():
        note = Note(**fields)
        session.add(note)
        session.flush()  # assigns note.id
        created = note.to_dict()
    response.status = 201
    response.set_header("Location", request.app.get_url("note", note_id=created["id"]))
    return created


def get_note(note_id: int) -> dict[str, Any]:
    with db_session() as session:
        return _find_note(session, note_id).to_dict()


def update_note(note_id: int) -> dict[str, Any]:
    fields = _note_fields(partial=True)
    with db_session() as session, session.begin():
        note = _find_note(session, note_id)
        for name, value in fields.items():
            setattr(note, name, value)
        session.flush()
        return note.to_dict()


def delete_note(note_id: int) -> None:
    with db_session() as session, session.begin():
        session.delete(_find_note(session, note_id))
    response.status = 204


def _find_note(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        # What abort() does; raised here so that mypy sees note is a Note below.
        raise HTTPError(404, f"no note with id {note_id}")
    return note


def _positive_int(name: str, *, default: int) -> int:
    value = request.query.get(name, "")
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        abort(422, f"{name} must be a positive integer")
    return int(value)


def _note_fields(*, partial: bool) -> dict[str, str]:
    """The note fields of the JSON request body, validated; a 422 explains what is wrong."""
    if request.content_type.split(";")[0].strip() != "application/json":
        # Only JSON, which a cross-site HTML form cannot send: this API needs no CSRF token.
        abort(415, "send the body as application/json")
    data = request.json  # a 400 when the body is not valid JSON
    if not isinstance(data, dict):
        abort(422, "the body must be a JSON object")
    unknown = set(data) - {"title", "body"}
    if unknown:
        abort(422, f"unknown fields: {', '.join(sorted(unknown))}")
    fields: dict[str, str] = {}
    if "title" in data or not partial:
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            abort(422, "title is required and must be a non-empty string")
        if len(title) > Note.TITLE_MAX_LENGTH:
            abort(422, f"title must be at most {Note.TITLE_MAX_LENGTH} characters")
        fields["title"] = title.strip()
    if "body" in data:
        if not isinstance(data["body"], str):
            abort(422, "body must be a string")
        fields["body"] = data["body"]
    return fields
{%- endif %}


def json_error(error: HTTPError) -> str:
    """Every error answers JSON, not Bottle's HTML error page."""
    response.content_type = "application/json"
    reason = error.status_line.partition(" ")[2]  # "404 Not Found" -> "Not Found"
    body = {"error": reason}
    if error.status_code < 500 and error.body:
        body["detail"] = str(error.body)  # server errors keep their details in the log
    return json.dumps(body)


# --- The application factory ----------------------------------------------------------------------


def create_app(settings: Settings | None = None) -> Bottle:
    """Build the app: gunicorn calls ``create_app()``, the tests pass their own settings."""
    settings = settings or Settings.from_environment()
    app = Bottle()
    app.config.update(
        {
            "app.project_name": PROJECT_NAME,
            # Signs cookies: request.get_cookie(name, secret=...) and response.set_cookie(...).
            "app.secret_key": settings.secret_key,
        }
    )
    # Bottle answers an error without a handler of its own through this method: replace it.
    app.default_error_handler = json_error
    configure_logging(settings.log_level)
    app.add_hook("before_request", take_request_id)
    app.add_hook("after_request", send_request_id)
{%- if db %}

    # Test pooled connections before use, so a database restart costs no failed request.
    engine = create_engine(settings.database_url, pool_pre_ping=True)
    app.config["db.engine"] = engine
    app.config["db.sessions"] = sessionmaker(engine, expire_on_commit=False)
{%- endif %}

    app.get("/", callback=index)
    app.get("/health", callback=health)
{%- if gevent %}
    if settings.slow_test_endpoint:
        app.get("/_test/slow", callback=slow_test_endpoint)
{%- endif %}
{%- if db %}
    app.get("/api/notes", callback=list_notes)
    app.post("/api/notes", callback=create_note)
    app.get("/api/notes/<note_id:int>", callback=get_note, name="note")
    app.patch("/api/notes/<note_id:int>", callback=update_note)
    app.delete("/api/notes/<note_id:int>", callback=delete_note)
{%- endif %}
    return app
{%- endif %}
