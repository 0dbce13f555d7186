"""The views of the add-on package, as a browser sees them."""

from webtest import TestApp

from {{ cookiecutter.project_slug }}.settings import PROJECT_NAME


def test_health_answers_ok_as_json_without_login(anonymous: TestApp) -> None:
    response = anonymous.get("/health")
    assert response.status_int == 200
    assert response.content_type == "application/json"
    assert response.json == {"status": "ok"}


def test_dashboard_asks_anonymous_visitors_to_log_in(anonymous: TestApp) -> None:
    response = anonymous.get("/dashboard", status=401)
    assert response.headers["WWW-Authenticate"].startswith("basic ")


def test_dashboard_refuses_a_wrong_password(anonymous: TestApp) -> None:
    anonymous.authorization = ("Basic", ("test-admin", "wrong"))
    anonymous.get("/dashboard", status=401)


def test_dashboard_renders_its_page_template_for_the_admin(admin: TestApp) -> None:
    response = admin.get("/dashboard")
    assert response.status_int == 200
    assert response.content_type == "text/html"
    heading = response.html.h1
    assert heading is not None
    assert heading.get_text() == PROJECT_NAME  # escaped by the template, read back as text
    assert "Signed in as" in response.text and "test-admin" in response.text
    assert "acl_users" in response.text  # the root folder's user folder is listed


def test_unknown_paths_are_not_found(anonymous: TestApp) -> None:
    anonymous.get("/no-such-page", status=404)
