{%- if cookiecutter.tasks == "celery" -%}
"""Background work for the notes, run by a Celery worker (`celery -A config worker`)."""

from celery import shared_task
from django.core.mail import send_mail

from .models import Note


@shared_task
def email_note_to_owner(note_id: int) -> bool:
    """Sends the owner a copy of a new note; False when there is nothing to send."""
    note = Note.objects.select_related("owner").filter(pk=note_id).first()
    if note is None or not note.owner.email:
        return False
    send_mail(f"Your note: {note.title}", note.body, None, [note.owner.email])
    return True
{%- endif %}
