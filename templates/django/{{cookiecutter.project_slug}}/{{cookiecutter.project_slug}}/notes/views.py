{%- if cookiecutter.tasks == "celery" -%}
from functools import partial

{% endif -%}
from django.contrib.auth.mixins import LoginRequiredMixin
{%- if cookiecutter.tasks == "celery" %}
from django.db import transaction
{%- endif %}
from django.db.models import QuerySet
from django.urls import reverse_lazy
from django.views.generic import CreateView, DeleteView, DetailView, ListView, UpdateView

from .models import Note
{%- if cookiecutter.tasks == "celery" %}
from .tasks import email_note_to_owner
{%- endif %}


class NoteListView(ListView):
    model = Note
    paginate_by = 20


class NoteDetailView(DetailView):
    model = Note


# Writing needs a signed-in user; anonymous visitors are sent to LOGIN_URL and back.
class NoteCreateView(LoginRequiredMixin, CreateView):
    model = Note
    fields = ("title", "body")

    def form_valid(self, form):
        form.instance.owner = self.request.user
{%- if cookiecutter.tasks == "celery" %}
        response = super().form_valid(form)
        # A worker sends the email once the note is committed; the user does not wait for SMTP.
        transaction.on_commit(partial(email_note_to_owner.delay, self.object.pk))
        return response
{%- else %}
        return super().form_valid(form)
{%- endif %}


class OwnNotesMixin(LoginRequiredMixin):
    """Editing and deleting see only the user's own notes: anyone else's is a 404."""

    def get_queryset(self) -> QuerySet[Note]:
        return Note.objects.filter(owner=self.request.user)


class NoteUpdateView(OwnNotesMixin, UpdateView):
    model = Note
    fields = ("title", "body")


class NoteDeleteView(OwnNotesMixin, DeleteView):
    model = Note
    success_url = reverse_lazy("notes:list")
