from django.contrib import admin

from .models import Note


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin[Note]):
    list_display = ("title", "owner", "created_at", "updated_at")
    search_fields = ("title", "body")
    date_hierarchy = "created_at"
    raw_id_fields = ("owner",)
