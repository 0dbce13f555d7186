"""The names a template's project slug may not take, derived from the template itself.

A generated project is a package named after its slug, imported from the project folder; a slug
equal to one of the project's dependencies (or to a folder beside the package) would shadow it.
So the reserved names come from what the template ships: every dependency string in its
``pyproject.toml`` source (every ``{% if %}`` branch, the dependency groups and the extras), turned
into import names, and the top-level names of its project folder. A new template gets this for free;
``_fwgen.reserved_slugs`` in cookiecutter.json stays for anything else.

tests/test_reserved_names.py installs each template's dependencies and checks this table against
what really lands in the virtual environment.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

# Distribution (or distribution[extra]) -> what it brings that the project's code could shadow: its
# import names where they differ from the distribution name, and the distributions it pulls in.
# An entry naming another entry brings that one's names too, so each dependency is listed once.
# Every distribution also reserves its own name with - and . turned into _.
IMPORT_NAMES: dict[str, tuple[str, ...]] = {
    "aiohttp": ("aiohappyeyeballs", "aiosignal", "attrs", "frozenlist", "multidict", "propcache",
                "yarl", "idna"),
    "aiohttp-jinja2": ("jinja2",),
    "alembic": ("mako", "sqlalchemy"),
    "arq": ("redis", "hiredis", "click", "pyjwt", "async_timeout"),
    "argon2-cffi": ("argon2", "argon2_cffi_bindings", "cffi"),
    "attrs": ("attr",),
    "cffi": ("pycparser",),
    "django": ("asgiref", "sqlparse"),
    "django-allauth": ("allauth",),
    "django-allauth[mfa]": ("qrcode", "fido2", "cryptography"),
    "django-debug-toolbar": ("debug_toolbar",),
    "django-environ": ("environ",),
    "django-ninja": ("ninja", "pydantic"),
    "django-stubs": ("mypy_django_plugin",),
    "djangorestframework-stubs": ("mypy_drf_plugin",),
    "djangorestframework": ("rest_framework",),
    "drf-spectacular": ("drf_spectacular", "djangorestframework", "uritemplate", "pyyaml", "jsonschema",
                "inflection"),
    "drf-spectacular[sidecar]": ("drf_spectacular_sidecar",),
    "celery": ("kombu", "billiard", "vine", "click", "click_didyoumean", "click_plugins", "click_repl",
                "prompt-toolkit", "python-dateutil", "tzlocal"),
    "celery[redis]": ("redis",),
    "kombu": ("amqp", "vine", "tzdata", "packaging"),
    "amqp": ("vine",),
    "fastapi": ("starlette", "pydantic", "annotated_doc", "opentelemetry"),
    "flask": ("werkzeug", "jinja2", "itsdangerous", "click", "blinker"),
    "flask-migrate": ("alembic",),
    "flask-sqlalchemy": ("sqlalchemy",),
    "flask-wtf": ("wtforms",),
    "gunicorn": ("packaging",),
    "httpcore2": ("h11", "truststore"),
    "httpx2": ("anyio", "httpcore2", "idna", "truststore"),
    "jinja2": ("markupsafe",),
    "mako": ("markupsafe",),
    "mypy": ("mypy_extensions", "mypyc", "pathspec", "librt", "ast_serialize", "typing_extensions"),
    "opentelemetry-api": ("opentelemetry",),
    "pwdlib[argon2]": ("argon2-cffi",),
    "psycopg[binary]": ("psycopg_binary",),
    "psycopg[pool]": ("psycopg_pool",),
    "pydantic": ("pydantic_core", "annotated_types", "typing_inspection", "typing_extensions"),
    "pydantic-settings": ("dotenv", "pydantic"),
    "pyjwt": ("jwt",),
    "pyramid": ("hupper", "plaster", "plaster_pastedeploy", "paste", "pastedeploy", "translationstring",
                "venusian", "webob", "zope", "setuptools", "pkg_resources"),
    "pyramid-chameleon": ("chameleon",),
    "pyramid-debugtoolbar": ("pygments", "pyramid_mako"),
    "pyramid-jinja2": ("jinja2",),
    "pyramid-mako": ("mako",),
    "pyramid-tm": ("transaction",),
    "pytest": ("py", "iniconfig", "pluggy", "pygments", "packaging"),
    "pytest-aiohttp": ("pytest_asyncio",),
    "pytest-cov": ("coverage", "pytest"),
    "python-dotenv": ("dotenv",),
    "python-multipart": ("multipart",),
    "pyyaml": ("yaml",),
    "sqlalchemy": ("greenlet", "typing_extensions"),
    "starlette": ("anyio",),
    "anyio": ("idna", "sniffio"),
    "uvicorn": ("click", "h11"),
    "uvicorn[standard]": ("httptools", "uvloop", "watchfiles", "websockets", "python-dotenv", "pyyaml"),
    "uvicorn-worker": ("uvicorn", "gunicorn"),
    "watchfiles": ("anyio",),
    "webtest": ("webob", "waitress", "beautifulsoup4"),
    "beautifulsoup4": ("bs4", "soupsieve", "typing_extensions"),
    "zope-sqlalchemy": ("zope", "transaction"),
    # Falcon, Masonite, py4web, Sanic, Twisted (Klein) and Zope: found by the slow test's real installs.
    "jsonschema": ("attrs", "jsonschema-specifications", "referencing", "rpds-py"),
    "jsonschema-path": ("pathable", "pyyaml", "referencing", "attrs"),
    "jsonschema-specifications": ("referencing",),
    "openapi-schema-validator": ("jsonschema", "jsonschema-specifications", "referencing",
                "rfc3339-validator", "pydantic-settings"),
    "openapi-spec-validator": ("jsonschema-path", "lazy_object_proxy", "openapi-schema-validator",
                "pydantic-settings"),
    "referencing": ("attrs", "rpds-py"),
    "rpds-py": ("rpds",),
    "rfc3339-validator": ("six",),
    "masonite-framework": ("masonite-framework-orm", "questionary", "requests", "multipart", "cryptography",
                "tldextract", "dotty-dict", "sqids", "watchdog", "whitenoise", "pyjwt", "inflection",
                "bcrypt", "hupper", "exceptionite", "cleo", "pendulum", "jinja2", "werkzeug"),
    "masonite-framework-orm": ("inflection", "pendulum"),
    "questionary": ("prompt-toolkit",),
    "prompt-toolkit": ("prompt_toolkit", "wcwidth"),
    "requests": ("urllib3", "certifi", "charset-normalizer", "idna"),
    "charset-normalizer": ("charset_normalizer",),
    "cryptography": ("cffi", "typing_extensions"),
    "tldextract": ("requests", "requests-file", "filelock", "idna"),
    "requests-file": ("requests_file",),
    "exceptionite": ("requests", "colorama", "dotty-dict", "mock", "typing_extensions"),
    "dotty-dict": ("dotty_dict",),
    "cleo": ("rapidfuzz", "crashtest"),
    "pendulum": ("python-dateutil", "tzdata"),
    "python-dateutil": ("dateutil", "six"),
    "werkzeug": ("markupsafe",),
    "py4web": ("cryptography", "requests", "watchgod", "colorama", "wheel", "click", "pyjwt", "portalocker",
                "pathspec", "pydal"),
    "watchgod": ("anyio",),
    "sanic": ("sanic-routing", "multidict", "tracerite", "html5tagger", "httptools", "uvloop", "aiofiles",
                "ujson", "websockets"),
    "sanic-routing": ("sanic_routing",),
    "tracerite": ("html5tagger",),
    "sanic-ext": ("pyyaml",),
    "sanic-testing": ("httpx",),
    "httpx": ("httpcore", "anyio", "certifi", "idna"),
    "httpcore": ("h11", "certifi"),
    "klein": ("twisted", "werkzeug", "tubes", "hyperlink", "attrs", "typing_extensions"),
    "tubes": ("six",),
    "hyperlink": ("idna",),
    "treq": ("twisted[tls]", "multipart", "hyperlink", "typing_extensions"),
    "twisted[tls]": ("pyopenssl", "service-identity", "idna"),
    "pyopenssl": ("cryptography", "typing_extensions"),
    "service-identity": ("service_identity", "cryptography", "attrs"),
    "pytest-twisted": ("decorator", "greenlet"),
    "zope": ("webdav", "zmi", "z3c-pt", "multipart", "zodb", "documenttemplate", "zope-i18n", "datetime",
                "zope-testbrowser"),
    "zodb": ("zc-lockfile", "zodbpickle", "persistent"),
    "zc-lockfile": ("zc",),
    "persistent": ("cffi",),
    "documenttemplate": ("roman",),
    "zope-i18n": ("python-gettext", "pytz"),
    "python-gettext": ("pythongettext",),
    "datetime": ("pytz",),
    "z3c-pt": ("z3c",),
    "zope-testbrowser": ("wsgiproxy2", "pytz", "webtest"),
    "wsgiproxy2": ("wsgiproxy",),
}  # fmt: skip

DEPENDENCY_SECTIONS = ("dependency-groups", "project.optional-dependencies")
JINJA_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}|\{\{.*?\}\}", re.DOTALL)
HEADER = re.compile(r"\s*\[([^\[\]]+)\]\s*(#.*)?$")
ARRAY_START = re.compile(r"\s*([A-Za-z0-9_.\"-]+)\s*=\s*\[(.*)$")
TOKEN = re.compile(r"\"([^\"\\]*)\"|'([^']*)'|\{[^}]*\}|#|\]")
REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them: lower case, runs of -_. as one -."""
    return re.sub(r"[-_.]+", "-", name).lower()


def dependency_strings(pyproject_source: str) -> list[str]:
    """Every requirement string in a pyproject.toml's source, whichever Jinja branch it is in.

    Jinja tags are dropped, so the branches of an ``{% if %}`` all count; what is read are the
    arrays of ``[project] dependencies``, of ``[dependency-groups]`` and of the optional extras.
    """
    found: list[str] = []
    section, in_array = "", False
    for line in JINJA_TAG.sub("", pyproject_source).splitlines():
        rest = line
        if not in_array:
            if header := HEADER.match(line):
                section = header.group(1).strip()
                continue
            start = ARRAY_START.match(line)
            key = start.group(1).strip("\"'") if start else ""
            if not start or not (
                (section == "project" and key == "dependencies") or section in DEPENDENCY_SECTIONS
            ):
                continue
            in_array, rest = True, start.group(2)
        for token in TOKEN.finditer(rest):
            text = token.group(0)
            if text == "]":
                in_array = False
                break
            if text == "#":
                break
            if not text.startswith("{"):  # an inline table, e.g. {include-group = "dev"}
                found.append(token.group(1) if token.group(1) is not None else token.group(2))
    return found


def import_names(requirement: str) -> set[str]:
    """The import names a requirement string such as ``"uvicorn[standard]>=0.30"`` brings."""
    match = REQUIREMENT.match(requirement)
    if not match:
        return set()
    name = normalise(match.group(1))
    extras = [normalise(e) for e in (match.group(2) or "").split(",") if e.strip()]
    return _brought_by([name, *(f"{name}[{extra}]" for extra in extras)])


def _brought_by(distributions: list[str]) -> set[str]:
    """Import names of ``distributions`` and of every table entry they bring, transitively."""
    names: set[str] = set()
    seen: set[str] = set()
    pending = list(distributions)
    while pending:
        key = pending.pop()
        if key in seen:
            continue
        seen.add(key)
        if "[" not in key:
            names.add(key.replace("-", "_"))
        for brought in IMPORT_NAMES.get(key, ()):
            if normalise(brought) in IMPORT_NAMES:
                pending.append(normalise(brought))
            else:
                names.add(brought)
    return {name for name in names if name.isidentifier()}


def project_root(template_dir: Path) -> Path | None:
    """The template's project folder (the one whose name is a Jinja expression), if there is one."""
    roots = [p for p in template_dir.iterdir() if p.is_dir() and "{{" in p.name]
    return roots[0] if len(roots) == 1 else None


def folder_names(root: Path) -> set[str]:
    """The top-level names beside the project's package: ``tests``, ``config``, ``manage``..."""
    names = {path.name.removesuffix(".py") for path in root.iterdir()}
    return {name for name in names if name.isidentifier()}


@cache
def derived_reserved_names(template_dir: Path) -> frozenset[str]:
    """What the slug of the template in ``template_dir`` may not be, read from its files."""
    root = project_root(template_dir)
    if root is None:
        return frozenset()
    names = folder_names(root)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        for requirement in dependency_strings(pyproject.read_text(encoding="utf-8")):
            names |= import_names(requirement)
    return frozenset(names)
