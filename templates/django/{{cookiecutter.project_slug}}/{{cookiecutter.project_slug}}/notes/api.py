{%- if cookiecutter.api == "django-rest-framework" -%}
"""The notes JSON API: /api/notes/ (list, create) and /api/notes/<id>/ (read, update, delete)."""

from rest_framework import permissions, viewsets
from rest_framework.request import Request
from rest_framework.serializers import BaseSerializer
from rest_framework.views import APIView

from ..users.models import User
from .models import Note
from .serializers import NoteSerializer


class IsOwnerOrReadOnly(permissions.BasePermission):
    """Anyone reads; only a note's owner changes or deletes it."""

    def has_object_permission(self, request: Request, view: APIView, obj: Note) -> bool:
        return request.method in permissions.SAFE_METHODS or obj.owner_id == request.user.pk


class NoteViewSet(viewsets.ModelViewSet[Note]):
    # Pagination comes from REST_FRAMEWORK in settings; writing needs a signed-in owner.
    queryset = Note.objects.select_related("owner")
    serializer_class = NoteSerializer
    permission_classes = (permissions.IsAuthenticatedOrReadOnly, IsOwnerOrReadOnly)

    def perform_create(self, serializer: BaseSerializer[Note]) -> None:
        # IsAuthenticatedOrReadOnly lets only signed-in users create.
        owner = self.request.user
        assert isinstance(owner, User)
        serializer.save(owner=owner)
{%- elif cookiecutter.api == "django-ninja" -%}
"""The notes JSON API: /api/notes/ (list, create) and /api/notes/<id> (read, update, delete)."""

from datetime import datetime

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate
from ninja.security import django_auth

from ..users.http import AuthenticatedHttpRequest
from .models import Note

router = Router(tags=["notes"])


class NoteIn(Schema):
    title: str = Field(min_length=1, max_length=200)
    body: str = ""


class NoteOut(Schema):
    id: int
    owner: str = Field(alias="owner.username")
    title: str
    body: str
    created_at: datetime
    updated_at: datetime


@router.get("/", response=list[NoteOut])
@paginate
def list_notes(request: HttpRequest) -> QuerySet[Note]:
    return Note.objects.select_related("owner")


@router.get("/{note_id}", response=NoteOut)
def get_note(request: HttpRequest, note_id: int) -> Note:
    return get_object_or_404(Note.objects.select_related("owner"), pk=note_id)


# Writes need a signed-in session (and its CSRF token, which django_auth checks); a user changes
# and deletes only their own notes (anyone else's is a 404).
@router.post("/", response={201: NoteOut}, auth=django_auth)
def create_note(request: AuthenticatedHttpRequest, payload: NoteIn) -> Status[Note]:
    return Status(201, Note.objects.create(owner=request.user, **payload.model_dump()))


@router.put("/{note_id}", response=NoteOut, auth=django_auth)
def update_note(request: AuthenticatedHttpRequest, note_id: int, payload: NoteIn) -> Note:
    note = get_object_or_404(Note, pk=note_id, owner=request.user)
    for field, value in payload.model_dump().items():
        setattr(note, field, value)
    note.save()
    return note


@router.delete("/{note_id}", response={204: None}, auth=django_auth)
def delete_note(request: AuthenticatedHttpRequest, note_id: int) -> Status[None]:
    get_object_or_404(Note, pk=note_id, owner=request.user).delete()
    return Status(204, None)
{%- endif %}
