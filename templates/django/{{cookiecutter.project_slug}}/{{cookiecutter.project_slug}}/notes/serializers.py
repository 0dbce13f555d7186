{%- if cookiecutter.api == "django-rest-framework" -%}
from rest_framework import serializers

from .models import Note


class NoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Note
        fields = ("id", "title", "body", "created_at", "updated_at")
        read_only_fields = ("created_at", "updated_at")
{%- endif %}
