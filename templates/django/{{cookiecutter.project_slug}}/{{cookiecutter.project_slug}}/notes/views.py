{%- if cookiecutter.tasks == "celery" -%}
from functools import partial

{% endif -%}
from django.contrib.auth.mixins import LoginRequiredMixin
{%- if cookiecutter.tasks == "celery" %}
from django.db import transaction
{%- endif %}
from django.db.models import QuerySet
from django.forms import Form, ModelForm
from django.http import HttpResponse
from django.urls import reverse_lazy
from django.views.generic import CreateView, DeleteView, DetailView, ListView, UpdateView, View

from ..users.http import AuthenticatedHttpRequest
from .models import Note
{%- if cookiecutter.tasks == "celery" %}
from .tasks import email_note_to_owner
{%- endif %}


class NoteListView(ListView[Note]):
    model = Note
    paginate_by = 20


class NoteDetailView(DetailView[Note]):
    model = Note


# Writing needs a signed-in user; anonymous visitors are sent to LOGIN_URL and back.
class NoteCreateView(LoginRequiredMixin, CreateView[Note, ModelForm[Note]]):
    request: AuthenticatedHttpRequest
    model = Note
    fields = ("title", "body")

    def form_valid(self, form: ModelForm[Note]) -> HttpResponse:
        form.instance.owner = self.request.user
{%- if cookiecutter.tasks == "celery" %}
        response = super().form_valid(form)
        # A worker sends the email once the note is committed; the user does not wait for SMTP.
        transaction.on_commit(partial(email_note_to_owner.delay, form.instance.pk))
        return response
{%- else %}
        return super().form_valid(form)
{%- endif %}


class OwnNotesMixin(LoginRequiredMixin, View):
    """Editing and deleting see only the user's own notes: anyone else's is a 404."""

    def get_queryset(self) -> QuerySet[Note]:
        # By primary key: an anonymous user's is None, which owns no notes.
        return Note.objects.filter(owner=self.request.user.pk)


class NoteUpdateView(OwnNotesMixin, UpdateView[Note, ModelForm[Note]]):
    model = Note
    fields = ("title", "body")


class NoteDeleteView(OwnNotesMixin, DeleteView[Note, Form]):
    model = Note
    success_url = reverse_lazy("notes:list")
