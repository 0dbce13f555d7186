{%- if cookiecutter.pages == "yes" -%}
"""HTML pages, rendered by Tornado's template engine from the templates/ folder of this package.

Forms are protected by XSRF cookies (the application's xsrf_cookies setting): a POST without the
token of the `_xsrf` cookie is refused with 403 before the handler runs.
"""

from __future__ import annotations

from .base import BaseHandler
from .settings import PROJECT_NAME

NAME_MAX_LENGTH = 100


class HomeHandler(BaseHandler):
    def get(self) -> None:
        self.render_home()

    def post(self) -> None:
        name = self.get_body_argument("name", "").strip()
        if not name or len(name) > NAME_MAX_LENGTH:
            self.set_status(422)
            error = f"Please enter a name of 1 to {NAME_MAX_LENGTH} characters."
            self.render_home(name, error=error)
            return
        # Rendered, not stored: the template escapes it like every other value.
        self.render_home(name, greeting=name)

    def render_home(self, name: str = "", greeting: str = "", error: str = "") -> None:
        self.render(
            "index.html", project_name=PROJECT_NAME, name=name, greeting=greeting, error=error
        )
{%- endif %}
