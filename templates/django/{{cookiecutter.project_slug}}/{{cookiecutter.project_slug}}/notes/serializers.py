{%- if cookiecutter.api == "django-rest-framework" -%}
from rest_framework import serializers

from .models import Note


class NoteSerializer(serializers.ModelSerializer[Note]):
    # The owner's username, set from the signed-in user, never from the request body.
    owner: serializers.StringRelatedField[Note] = serializers.StringRelatedField()

    class Meta:
        model = Note
        fields = ("id", "owner", "title", "body", "created_at", "updated_at")
        read_only_fields = ("owner", "created_at", "updated_at")
{%- endif %}
