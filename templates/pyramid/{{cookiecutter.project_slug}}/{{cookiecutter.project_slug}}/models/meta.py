{%- if cookiecutter.database != "none" -%}
"""The declarative base; constraint names are fixed so Alembic migrations stay reproducible."""

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

{% include "partials/sqlalchemy_base" %}
{%- endif %}
