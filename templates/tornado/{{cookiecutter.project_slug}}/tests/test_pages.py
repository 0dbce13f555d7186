{%- if cookiecutter.pages == "yes" -%}
from __future__ import annotations

from http.cookies import SimpleCookie
from urllib.parse import urlencode

from tornado.escape import xhtml_escape
from tornado.httpclient import HTTPResponse

from {{ cookiecutter.project_slug }}.settings import PROJECT_NAME

from .support import AppTestCase


class PagesTest(AppTestCase):
    def xsrf_token(self) -> str:
        """The XSRF cookie a page sets; a form posts it back as the _xsrf field."""
        response = self.fetch("/")
        cookies = SimpleCookie(response.headers["Set-Cookie"])
        return cookies["_xsrf"].value

    def post_form(self, fields: dict[str, str], token: str | None) -> HTTPResponse:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if token is not None:
            fields = {**fields, "_xsrf": token}
            headers["Cookie"] = f"_xsrf={token}"
        return self.fetch("/", method="POST", body=urlencode(fields), headers=headers)

    def test_home_page(self) -> None:
        response = self.fetch("/")
        assert response.code == 200
        assert response.headers["Content-Type"].startswith("text/html")
        body = response.body.decode()
        # The name is escaped: whatever it holds, it is shown as text, never run as HTML.
        assert f"<h1>{xhtml_escape(PROJECT_NAME)}</h1>" in body
        assert 'name="_xsrf"' in body
        assert "_xsrf=" in response.headers["Set-Cookie"]

    def test_the_form_answers_with_its_token(self) -> None:
        response = self.post_form({"name": "<Ada>"}, self.xsrf_token())
        assert response.code == 200
        assert "Hello, &lt;Ada&gt;!" in response.body.decode()

    def test_a_post_without_the_token_is_refused(self) -> None:
        response = self.post_form({"name": "Ada"}, token=None)
        assert response.code == 403
        assert "Hello, Ada" not in response.body.decode()

    def test_a_post_with_a_forged_token_is_refused(self) -> None:
        token = self.xsrf_token()
        response = self.fetch(
            "/",
            method="POST",
            body=urlencode({"name": "Ada", "_xsrf": "forged"}),
            headers={"Cookie": f"_xsrf={token}"},
        )
        assert response.code == 403

    def test_an_empty_name_is_asked_again(self) -> None:
        response = self.post_form({"name": "  "}, self.xsrf_token())
        assert response.code == 422
        assert "Please enter a name" in response.body.decode()
{%- endif %}
