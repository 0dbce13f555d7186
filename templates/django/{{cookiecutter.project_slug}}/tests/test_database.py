from django.db import connection

from .conftest import _looks_like_a_test_database


def test_the_suite_runs_on_its_own_test_database(db: None) -> None:
    assert _looks_like_a_test_database(str(connection.settings_dict["NAME"]))


def test_a_real_database_name_is_refused() -> None:
{%- if cookiecutter.database == "postgresql" %}
    assert not _looks_like_a_test_database("{{ cookiecutter.project_slug }}")
{%- else %}
    assert not _looks_like_a_test_database("/home/me/project/{{ cookiecutter.project_slug }}.db")
{%- endif %}
    assert _looks_like_a_test_database("test_{{ cookiecutter.project_slug }}")
