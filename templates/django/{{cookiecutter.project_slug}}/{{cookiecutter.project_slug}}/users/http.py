"""The request type of views that only signed-in users reach."""

from django.http import HttpRequest

from .models import User


class AuthenticatedHttpRequest(HttpRequest):
    # After LoginRequiredMixin or an auth check, request.user is a User, never AnonymousUser.
    user: User
