{%- if cookiecutter.database != "none" -%}
"""The tests' own database (never the one in .env), for AppTestCase and the migration test."""

import os

import pytest


{% include "partials/database_url_for_tests" %}
{% endif %}