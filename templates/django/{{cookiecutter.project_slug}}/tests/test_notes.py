import pytest
from django.urls import reverse

from {{ cookiecutter.project_slug }}.notes.models import Note


@pytest.fixture
def note(db):
    return Note.objects.create(title="First note", body="Hello")


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("writer", password="a-long-passphrase")


def test_the_list_shows_notes_newest_first(client, note):
    Note.objects.create(title="Second note")

    response = client.get(reverse("notes:list"))

    assert response.status_code == 200
    assert [n.title for n in response.context["note_list"]] == ["Second note", "First note"]
    assert b"First note" in response.content


def test_the_pages_have_their_own_urls(note):
    assert reverse("notes:list") == "/"
    assert note.get_absolute_url() == f"/notes/{note.pk}/"
    assert reverse("notes:update", args=[note.pk]) == f"/notes/{note.pk}/edit/"


def test_a_note_has_its_own_page(client, note):
    response = client.get(note.get_absolute_url())

    assert response.status_code == 200
    assert b"Hello" in response.content


def test_a_missing_note_is_404(client, db):
    assert client.get(reverse("notes:detail", args=[999])).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in_before_writing(client, note):
    for url in (
        reverse("notes:create"),
        reverse("notes:update", args=[note.pk]),
        reverse("notes:delete", args=[note.pk]),
    ):
        response = client.post(url, {"title": "Vandalised"})
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))
    note.refresh_from_db()
    assert note.title == "First note"


def test_a_signed_in_user_creates_a_note(client, user):
    client.force_login(user)

    response = client.post(reverse("notes:create"), {"title": "Written", "body": "Text"})

    note = Note.objects.get()
    assert (note.title, note.body) == ("Written", "Text")
    assert response.status_code == 302
    assert response.url == note.get_absolute_url()


def test_a_title_is_required(client, user):
    client.force_login(user)

    response = client.post(reverse("notes:create"), {"title": "", "body": "Text"})

    assert response.status_code == 200
    assert response.context["form"].errors["title"]
    assert not Note.objects.exists()


def test_a_signed_in_user_edits_a_note(client, user, note):
    client.force_login(user)

    response = client.post(reverse("notes:update", args=[note.pk]), {"title": "Renamed"})

    note.refresh_from_db()
    assert response.status_code == 302
    assert (note.title, note.body) == ("Renamed", "")


def test_a_signed_in_user_deletes_a_note(client, user, note):
    client.force_login(user)

    response = client.post(reverse("notes:delete", args=[note.pk]))

    assert response.status_code == 302
    assert response.url == reverse("notes:list")
    assert not Note.objects.exists()
