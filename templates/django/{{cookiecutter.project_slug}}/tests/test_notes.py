import pytest
from django.test import Client
from django.urls import reverse

from {{ cookiecutter.project_slug }}.notes.models import Note
from {{ cookiecutter.project_slug }}.users.models import User


@pytest.fixture
def note(user: User) -> Note:
    return Note.objects.create(owner=user, title="First note", body="Hello")


def test_the_list_shows_notes_newest_first(client: Client, note: Note) -> None:
    Note.objects.create(owner=note.owner, title="Second note")

    response = client.get(reverse("notes:list"))

    assert response.status_code == 200
    assert [n.title for n in response.context["note_list"]] == ["Second note", "First note"]
    assert b"First note" in response.content


def test_the_pages_have_their_own_urls(note: Note) -> None:
    assert reverse("notes:list") == "/"
    assert note.get_absolute_url() == f"/notes/{note.pk}/"
    assert reverse("notes:update", args=[note.pk]) == f"/notes/{note.pk}/edit/"


def test_a_note_has_its_own_page(client: Client, note: Note) -> None:
    response = client.get(note.get_absolute_url())

    assert response.status_code == 200
    assert b"Hello" in response.content


def test_a_missing_note_is_404(client: Client, db: None) -> None:
    assert client.get(reverse("notes:detail", args=[999])).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in_before_writing(client: Client, note: Note) -> None:
    for url in (
        reverse("notes:create"),
        reverse("notes:update", args=[note.pk]),
        reverse("notes:delete", args=[note.pk]),
    ):
        response = client.post(url, {"title": "Vandalised"})
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    note.refresh_from_db()
    assert note.title == "First note"


def test_a_signed_in_user_creates_a_note(client: Client, user: User) -> None:
    client.force_login(user)

    response = client.post(reverse("notes:create"), {"title": "Written", "body": "Text"})

    note = Note.objects.get()
    assert (note.owner, note.title, note.body) == (user, "Written", "Text")
    assert response.status_code == 302
    assert response["Location"] == note.get_absolute_url()


def test_a_title_is_required(client: Client, user: User) -> None:
    client.force_login(user)

    response = client.post(reverse("notes:create"), {"title": "", "body": "Text"})

    assert response.status_code == 200
    assert response.context["form"].errors["title"]
    assert not Note.objects.exists()


def test_a_signed_in_user_edits_a_note(client: Client, user: User, note: Note) -> None:
    client.force_login(user)

    response = client.post(reverse("notes:update", args=[note.pk]), {"title": "Renamed"})

    note.refresh_from_db()
    assert response.status_code == 302
    assert (note.title, note.body) == ("Renamed", "")


def test_a_signed_in_user_deletes_a_note(client: Client, user: User, note: Note) -> None:
    client.force_login(user)

    response = client.post(reverse("notes:delete", args=[note.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("notes:list")
    assert not Note.objects.exists()


def test_only_the_owner_sees_the_edit_links(client: Client, note: Note, other_user: User) -> None:
    edit = reverse("notes:update", args=[note.pk]).encode()
    client.force_login(other_user)
    assert edit not in client.get(note.get_absolute_url()).content
    client.force_login(note.owner)
    assert edit in client.get(note.get_absolute_url()).content


def test_nobody_else_edits_or_deletes_a_note(client: Client, note: Note, other_user: User) -> None:
    client.force_login(other_user)

    edited = client.post(reverse("notes:update", args=[note.pk]), {"title": "Taken over"})
    deleted = client.post(reverse("notes:delete", args=[note.pk]))

    assert (edited.status_code, deleted.status_code) == (404, 404)
    note.refresh_from_db()
    assert note.title == "First note"
