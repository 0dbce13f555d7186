{%- set slug = cookiecutter.project_slug -%}
"""Every URL of the site, in one place (/health is answered by config.middleware.health_check)."""

from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
{%- if cookiecutter.api == "django-ninja" %}
from ninja import NinjaAPI
{%- elif cookiecutter.api == "django-rest-framework" %}
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter
{%- endif %}

from {{ slug }}.notes import views as notes
{%- if cookiecutter.api != "none" %}
from {{ slug }}.notes.api import {% if cookiecutter.api == "django-ninja" %}router as notes_api{% else %}NoteViewSet{% endif %}
{%- endif %}

admin.site.site_header = settings.PROJECT_NAME
admin.site.site_title = settings.PROJECT_NAME
{%- if cookiecutter.api == "django-rest-framework" %}

api = DefaultRouter()
api.register("notes", NoteViewSet, basename="note")
{%- elif cookiecutter.api == "django-ninja" %}

# Interactive OpenAPI documentation at /api/docs, the schema at /api/openapi.json.
api = NinjaAPI(title=settings.PROJECT_NAME, version="1.0.0")
api.add_router("/notes/", notes_api)
{%- endif %}

# The notes pages, reversed as "notes:list", "notes:detail", ...
notes_urls = [
    path("", notes.NoteListView.as_view(), name="list"),
    path("notes/new/", notes.NoteCreateView.as_view(), name="create"),
    path("notes/<int:pk>/", notes.NoteDetailView.as_view(), name="detail"),
    path("notes/<int:pk>/edit/", notes.NoteUpdateView.as_view(), name="update"),
    path("notes/<int:pk>/delete/", notes.NoteDeleteView.as_view(), name="delete"),
]

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include((notes_urls, "notes"))),
    # Sign-up, sign-in, sign-out, email confirmation, password change and reset, two-factor set-up.
    path("accounts/", include("allauth.urls")),
{%- if cookiecutter.api == "django-rest-framework" %}
    # The OpenAPI schema and its interactive documentation, like Django Ninja's.
    path("api/schema", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/", include(api.urls)),
{%- elif cookiecutter.api == "django-ninja" %}
    path("api/", api.urls),
{%- endif %}
    path("admin/", admin.site.urls),
]

if settings.DEBUG_TOOLBAR:
    from debug_toolbar.toolbar import debug_toolbar_urls

    urlpatterns += debug_toolbar_urls()
