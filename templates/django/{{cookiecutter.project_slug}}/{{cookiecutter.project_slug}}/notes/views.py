from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic import CreateView, DeleteView, DetailView, ListView, UpdateView

from .models import Note


class NoteListView(ListView):
    model = Note
    paginate_by = 20


class NoteDetailView(DetailView):
    model = Note


# Writing needs a signed-in user; anonymous visitors are sent to LOGIN_URL and back.
class NoteCreateView(LoginRequiredMixin, CreateView):
    model = Note
    fields = ("title", "body")


class NoteUpdateView(LoginRequiredMixin, UpdateView):
    model = Note
    fields = ("title", "body")


class NoteDeleteView(LoginRequiredMixin, DeleteView):
    model = Note
    success_url = reverse_lazy("notes:list")
