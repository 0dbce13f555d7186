{%- set db = cookiecutter.database != "none" -%}
"""Settings, read from environment variables and the git-ignored .env file."""

from typing import Annotated, Literal
{%- if cookiecutter.auth == "jwt" %}
from urllib.parse import urlsplit
{%- endif %}

from pydantic import field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
    project_name: str = {{ cookiecutter.project_name|py_str }}  # fmt: skip
    debug: bool = False
    # The app's log level: DEBUG, INFO, WARNING, ERROR or CRITICAL.
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    # Interactive docs (/docs, /redoc) and the OpenAPI schema; set DOCS_ENABLED=false to hide them.
    docs_enabled: bool = True
    # Browser origins allowed to call the API, comma-separated: CORS_ORIGINS=https://app.example.com
    cors_origins: Annotated[list[str], NoDecode] = []
{%- if cookiecutter.database == "sqlite" %}
    database_url: str = "sqlite+aiosqlite:///./{{ cookiecutter.project_slug }}.db"
{%- elif cookiecutter.database == "postgresql" %}
    database_url: str = "postgresql+asyncpg://app:app@localhost:5432/{{ cookiecutter.project_slug }}"
{%- endif %}
{%- if cookiecutter.tasks == "arq" %}
    # The task queue's Redis (tasks.py reads the same variable for the worker).
    redis_url: str = "redis://localhost:6379/0"
    # The Redis key of the job queue; the tests use their own.
    task_queue: str = "arq:queue"
{%- endif %}
{%- if cookiecutter.auth == "jwt" %}
    # Signs the access tokens. No default: the app refuses to start without one.
    secret_key: str
    access_token_expire_minutes: int = 30
    password_reset_expire_minutes: int = 30
    # The frontend's page that sets a new password: reset emails link to it with ?token=... added.
    # The default is a frontend's development server (Vite's port); point it at the real page.
    password_reset_url: str = "http://localhost:5173/reset-password"
    # Outgoing email (password resets). Without SMTP_HOST, emails are printed to the console.
    email_from: str = "noreply@localhost"
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = True
{%- endif %}

    @field_validator("log_level", mode="before")
    @classmethod
    def upper_case_level(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

{%- if cookiecutter.auth == "jwt" %}

    @field_validator("password_reset_url")
    @classmethod
    def absolute_url(cls, value: str) -> str:
        # The link is followed from an email: a relative or scheme-less one would lead nowhere.
        url = urlsplit(value)
        if url.scheme not in ("http", "https") or not url.netloc:
            raise ValueError("must be an absolute http(s) URL, e.g. https://app.example.com/reset")
        return value
{%- endif %}

    @field_validator("cors_origins", mode="before")
    @classmethod
    def split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value
{%- if db %}

    @field_validator("database_url")
    @classmethod
    def use_async_driver(cls, value: str) -> str:
        # Hosting platforms hand out plain postgres:// URLs; the app talks to the database async.
        for plain, asynchronous in (
            ("postgres://", "postgresql+asyncpg://"),
            ("postgresql://", "postgresql+asyncpg://"),
            ("sqlite://", "sqlite+aiosqlite://"),
        ):
            if value.startswith(plain):
                return asynchronous + value.removeprefix(plain)
        return value
{%- endif %}
