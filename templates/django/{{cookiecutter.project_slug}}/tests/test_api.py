{%- if cookiecutter.api != "none" -%}
import pytest
from django.test import Client

from {{ cookiecutter.project_slug }}.notes.models import Note
from {{ cookiecutter.project_slug }}.users.models import User


@pytest.fixture
def note(user: User) -> Note:
    return Note.objects.create(owner=user, title="First note", body="Hello")


@pytest.fixture
def writer(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


@pytest.fixture
def stranger(client: Client, other_user: User) -> Client:
    client.force_login(other_user)
    return client


def test_session_writes_need_the_csrf_token(user: User) -> None:
    # The test client skips CSRF checks unless asked; a browser session must not.
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)

    response = browser.post("/api/notes/", {"title": "Forged"}, content_type="application/json")

    assert response.status_code == 403
    assert not Note.objects.exists()


def test_the_owner_comes_from_the_session_not_the_body(
    writer: Client, user: User, other_user: User
) -> None:
    created = writer.post(
        "/api/notes/", {"title": "New", "owner": other_user.pk}, content_type="application/json"
    )

    assert created.status_code == 201
    assert created.json()["owner"] == user.username
    assert Note.objects.get().owner == user


def test_nobody_else_changes_or_deletes_a_note(stranger: Client, note: Note) -> None:
    url = f"/api/notes/{note.pk}{% if cookiecutter.api == "django-rest-framework" %}/{% endif %}"
    changed = stranger.put(url, {"title": "Taken"}, content_type="application/json")

{%- if cookiecutter.api == "django-rest-framework" %}

    # The note is there for everyone to read; changing it is forbidden.
    assert changed.status_code == 403
    assert stranger.delete(url).status_code == 403
{%- else %}

    # Writes look only among the user's own notes.
    assert changed.status_code == 404
    assert stranger.delete(url).status_code == 404
{%- endif %}
    note.refresh_from_db()
    assert note.title == "First note"
{%- if cookiecutter.api == "django-rest-framework" %}


def test_anyone_can_list_notes(client: Client, note: Note) -> None:
    response = client.get("/api/notes/")

    assert response.status_code == 200
    assert response.json()["count"] == 1
    assert response.json()["results"][0]["title"] == "First note"


def test_anyone_can_read_a_note(client: Client, note: Note) -> None:
    response = client.get(f"/api/notes/{note.pk}/")

    assert response.status_code == 200
    assert response.json()["body"] == "Hello"


def test_anonymous_writes_are_refused(client: Client, note: Note) -> None:
    response = client.post("/api/notes/", {"title": "Spam"}, content_type="application/json")

    assert response.status_code == 403
    assert Note.objects.count() == 1


def test_a_signed_in_user_creates_updates_and_deletes_a_note(writer: Client) -> None:
    created = writer.post("/api/notes/", {"title": "New"}, content_type="application/json")
    assert created.status_code == 201
    url = f"/api/notes/{created.json()['id']}/"

    updated = writer.patch(url, {"body": "Text"}, content_type="application/json")
    assert updated.status_code == 200
    assert Note.objects.get().body == "Text"

    assert writer.delete(url).status_code == 204
    assert not Note.objects.exists()


def test_invalid_notes_are_rejected(writer: Client) -> None:
    response = writer.post("/api/notes/", {"title": ""}, content_type="application/json")

    assert response.status_code == 400
    assert "title" in response.json()


def test_the_schema_and_its_documentation_page(client: Client, db: None) -> None:
    schema = client.get("/api/schema", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    docs = client.get("/api/docs")

    assert schema.status_code == 200
    assert "/api/notes/" in schema.json()["paths"]
    assert docs.status_code == 200
    assert b"/api/schema" in docs.content
{%- else %}


def test_anyone_can_list_notes(client: Client, note: Note) -> None:
    response = client.get("/api/notes/")

    assert response.status_code == 200
    assert response.json()["count"] == 1
    assert response.json()["items"][0]["title"] == "First note"


def test_anyone_can_read_a_note(client: Client, note: Note) -> None:
    response = client.get(f"/api/notes/{note.pk}")

    assert response.status_code == 200
    assert response.json()["body"] == "Hello"


def test_a_missing_note_is_404(client: Client, db: None) -> None:
    assert client.get("/api/notes/999").status_code == 404


def test_anonymous_writes_are_refused(client: Client, note: Note) -> None:
    response = client.post("/api/notes/", {"title": "Spam"}, content_type="application/json")

    assert response.status_code == 401
    assert Note.objects.count() == 1


def test_a_signed_in_user_creates_updates_and_deletes_a_note(writer: Client) -> None:
    created = writer.post("/api/notes/", {"title": "New"}, content_type="application/json")
    assert created.status_code == 201
    url = f"/api/notes/{created.json()['id']}"

    updated = writer.put(url, {"title": "New", "body": "Text"}, content_type="application/json")
    assert updated.status_code == 200
    assert Note.objects.get().body == "Text"

    assert writer.delete(url).status_code == 204
    assert not Note.objects.exists()


def test_invalid_notes_are_rejected(writer: Client) -> None:
    response = writer.post("/api/notes/", {"title": ""}, content_type="application/json")

    assert response.status_code == 422
    assert not Note.objects.exists()


def test_the_openapi_page_documents_the_api(client: Client, db: None) -> None:
    schema = client.get("/api/openapi.json").json()

    assert client.get("/api/docs").status_code == 200
    assert "/api/notes/" in schema["paths"]
{%- endif %}
{%- endif %}
