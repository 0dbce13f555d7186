{%- from "partials/checks" import commands with context -%}
{%- set migrate = commands("migrate").splitlines() -%}
{%- if migrate -%}
#!/bin/sh
# The container's entrypoint: bring the database up to date, then become the server (exec, so the
# server gets the container's signals). Migrations are idempotent, so every start may run them.
set -eu
{% for command in migrate -%}
{{ command }}
{% endfor -%}
exec "$@"
{%- endif -%}
