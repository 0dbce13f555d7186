{%- if cookiecutter.database != "none" -%}
"""The tests' own database (never the one in .env), for AppTestCase and the migration test."""

import os
from collections.abc import Iterator
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pytest


{% set test_database_sqlite = "sqlite+aiosqlite:///" -%}
{% set test_database_driver = "sqlalchemy_async" -%}
{% include "partials/test_database" %}
{% endif %}