{%- if cookiecutter.tasks == "celery" -%}
"""The example task, run by a real Celery worker through the Redis server in REDIS_URL."""

import threading
from collections.abc import Iterator

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.core.mail import EmailMessage
from django.test import Client
from django.urls import reverse
from pytest_django import DjangoCaptureOnCommitCallbacks

from {{ cookiecutter.project_slug }}.notes.models import Note
from {{ cookiecutter.project_slug }}.notes.tasks import email_note_to_owner
from {{ cookiecutter.project_slug }}.users.models import User

# config.celery's app, which the settings module's package (config/__init__.py) loads.
app = email_note_to_owner.app

# What each task run by the worker returned, and an event set after every run.
Finished = tuple[list[object], threading.Event]


@pytest.fixture(scope="module")
def worker() -> Iterator[None]:
    # A worker thread in this process, consuming from the configured broker (Redis), as
    # `celery -A config worker` does in its own process.
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        yield


@pytest.fixture
def finished(worker: None) -> Iterator[Finished]:
    """What each task run by the worker returned, with an event set after every run."""
    results: list[object] = []
    done = threading.Event()

    def record(retval: object = None, **kwargs: object) -> None:
        results.append(retval)
        done.set()

    task_postrun.connect(record, weak=False)
    yield results, done
    task_postrun.disconnect(record)


def test_a_worker_emails_the_owner_a_new_note(
    finished: Finished, transactional_db: None, user: User, mailoutbox: list[EmailMessage]
) -> None:
    results, done = finished
    note = Note.objects.create(owner=user, title="Groceries", body="Milk")

    email_note_to_owner.delay(note.pk)

    assert done.wait(timeout=30), "the worker did not run the task"
    assert results == [True]
    assert [(m.to, m.subject) for m in mailoutbox] == [([user.email], "Your note: Groceries")]


def test_a_missing_note_sends_nothing(
    finished: Finished, transactional_db: None, mailoutbox: list[EmailMessage]
) -> None:
    results, done = finished

    email_note_to_owner.delay(999)

    assert done.wait(timeout=30), "the worker did not run the task"
    assert results == [False]
    assert mailoutbox == []


def test_creating_a_note_queues_the_email(
    client: Client,
    user: User,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    queued: list[int] = []
    monkeypatch.setattr(email_note_to_owner, "delay", queued.append)
    client.force_login(user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("notes:create"), {"title": "Queued"})

    assert queued == [Note.objects.get().pk]
{%- endif %}
