{%- set slug = cookiecutter.project_slug -%}
"""Django settings: one module for every environment.

Everything that differs between a laptop, CI and production comes from environment variables
(or `.env`, see `.env.example`). The defaults are the production-safe ones: DEBUG is off and the
HTTPS-only protections are on unless DEBUG=true asks for local development.
"""

from importlib.util import find_spec
from pathlib import Path

import django_stubs_ext
import environ

# Django's generic classes take type arguments at run time (ListView[Note]) as mypy reads them.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# Variables already in the environment win over .env, so production never depends on the file.
env.read_env(BASE_DIR / ".env")

# fmt: skip keeps a long name on one line (ruff format would wrap it in brackets).
PROJECT_NAME = {{ cookiecutter.project_name|py_str }}  # fmt: skip

SECRET_KEY = env("SECRET_KEY")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
{%- if cookiecutter.async == "yes" %}
    # Before staticfiles: its checks, and runserver serving static files the way production does.
    "servestatic",
{%- endif %}
    "django.contrib.staticfiles",
    # Accounts: sign-up with email verification, sign-in, password change and reset, and
    # optional two-factor authentication (TOTP and recovery codes) that each user can turn on.
    "allauth",
    "allauth.account",
    "allauth.mfa",
{%- if cookiecutter.api == "django-rest-framework" %}
    "rest_framework",
    # The OpenAPI schema at /api/schema and its interactive page at /api/docs, whose JavaScript
    # comes from our own static files (the sidecar) instead of a CDN.
    "drf_spectacular",
    "drf_spectacular_sidecar",
{%- elif cookiecutter.api == "django-ninja" %}
    # Serves the OpenAPI page's JavaScript from our own static files instead of a CDN.
    "ninja",
{%- endif %}
    "{{ slug }}.users",
    "{{ slug }}.notes",
]

MIDDLEWARE = [
    "config.middleware.request_id",
    # Before anything that validates the Host header: probes by IP address get their answer.
    "config.middleware.health_check",
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware: static files skip the rest of the stack.
{%- if cookiecutter.async == "yes" %}
    # ServeStatic, WhiteNoise's async-capable fork: under ASGI it streams files with an async
    # iterator (WhiteNoise's sync one makes Django warn on every static file).
    "servestatic.middleware.ServeStaticMiddleware",
{%- else %}
    "whitenoise.middleware.WhiteNoiseMiddleware",
{%- endif %}
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

# Development only: the debug toolbar, when DEBUG is on and the dev dependencies are installed
# (`uv sync --no-dev` in production leaves it out).
DEBUG_TOOLBAR = DEBUG and find_spec("debug_toolbar") is not None
if DEBUG_TOOLBAR:
    INSTALLED_APPS.append("debug_toolbar")
    toolbar = "debug_toolbar.middleware.DebugToolbarMiddleware"
    # As early as its docs ask: after only the request id and /health.
    MIDDLEWARE.insert(MIDDLEWARE.index("config.middleware.health_check") + 1, toolbar)
    INTERNAL_IPS = ["127.0.0.1"]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "{{ slug }}" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context_processors.project",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
{%- if cookiecutter.database == "postgresql" %}
    "default": env.db("DATABASE_URL", default="postgres://localhost:5432/{{ slug }}"),
{%- else %}
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / '{{ slug }}.db'}"),
{%- endif %}
}
{%- if cookiecutter.async == "yes" and cookiecutter.database == "postgresql" %}
# Under ASGI every request runs in a thread of its own, so a persistent connection (CONN_MAX_AGE)
# would never be reused; Django's docs say to use the backend's pool instead: psycopg's, which
# lends each request an open connection (https://docs.djangoproject.com/en/stable/ref/databases/).
DATABASES["default"]["OPTIONS"] = {
    **DATABASES["default"].get("OPTIONS", {}),
    "pool": {"min_size": 1, "max_size": env.int("DATABASE_POOL_SIZE", default=10)},
}
{%- elif cookiecutter.async != "yes" %}
# Keep the connection open between requests (the default, 0, opens one per request), checking it
# before reuse so a database restart costs one reconnect, not an error.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
{%- endif %}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A custom user model from day one: swapping it later, once tables exist, is a painful
# migration (https://docs.djangoproject.com/en/stable/topics/auth/customizing/).
AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # Usernames and passwords, for the admin and createsuperuser's accounts.
    "django.contrib.auth.backends.ModelBackend",
    # Email addresses, verified, for everyone else.
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "notes:list"
ACCOUNT_LOGOUT_REDIRECT_URL = "notes:list"
# People sign up and in with an email address they have confirmed through a link.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{PROJECT_NAME}] "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]

# Email: printed to the console locally (EMAIL_URL=consolemail://), sent by SMTP in production,
# e.g. EMAIL_URL=smtp+tls://user:password@smtp.example.com:587.
globals().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed files that WhiteNoise serves with far-future cache headers. Needs
    # `manage.py collectstatic` before the server starts.
{%- if cookiecutter.async == "yes" %}
    # Hashed, compressed files that ServeStatic serves with far-future cache headers. Needs
    # `manage.py collectstatic` before the server starts.
    "staticfiles": {"BACKEND": "servestatic.storage.CompressedManifestStaticFilesStorage"},
{%- else %}
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
{%- endif %}
}

# HTTPS. Behind a TLS-terminating proxy, gunicorn marks requests secure from the proxy's
# X-Forwarded-Proto header when the proxy's address is in FORWARDED_ALLOW_IPS (default: localhost).
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
# Start with an hour; raise to a year (31536000) once the whole site is known to work over HTTPS.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Only consent: browsers preload the domain once it is submitted to https://hstspreload.org.
SECURE_HSTS_PRELOAD = True
{%- if cookiecutter.api == "django-rest-framework" %}

REST_FRAMEWORK = {
    # Anyone may read, only signed-in users may write; views can tighten this further.
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": PROJECT_NAME,
    "VERSION": "1.0.0",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
{%- endif %}
{%- if cookiecutter.tasks == "celery" %}

# Celery: Redis is the broker (`celery -A config worker` runs the tasks). Tasks keep no results:
# set CELERY_RESULT_BACKEND (e.g. to REDIS_URL) when the web process must wait for one.
REDIS_URL = env("REDIS_URL", default="redis://localhost:6379/0")
CELERY_BROKER_URL = REDIS_URL
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A task is acknowledged after it ran, so a worker that dies mid-task leaves it for another.
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 5 * 60
{%- endif %}

# Log to stderr in every environment (Django's default logs errors only when DEBUG is on or
# to ADMINS by email); the process manager or container runtime collects it. Every line carries
# the request id (config/middleware.py), also sent back in the X-Request-ID header.
LOG_LEVEL = env("LOG_LEVEL", default="INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "config.request_id.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False}},
}
