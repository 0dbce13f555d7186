"""Browser views of the site root: the health check and the managers' dashboard."""

import json

from AccessControl import getSecurityManager
from Products.Five.browser import BrowserView

from {{ cookiecutter.project_slug }}.settings import PROJECT_NAME


# Five ships no type hints, so BrowserView is Any to mypy: subclassing it is what a Zope view is.
class HealthView(BrowserView):  # type: ignore[misc]
    """``GET /health``: 200 ``{"status": "ok"}``.

    The view's context is the root object, loaded from the ZODB for this request, so reaching this
    code already proves the database answers.
    """

    def __call__(self) -> str:
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setHeader("Cache-Control", "no-store")
        return json.dumps({"status": "ok"})


class DashboardView(BrowserView):  # type: ignore[misc]
    """``GET /dashboard``: the page template templates/dashboard.pt, for managers."""

    project_name = PROJECT_NAME

    def user_name(self) -> str:
        name: str = getSecurityManager().getUser().getUserName()  # AccessControl is untyped
        return name

    def root_items(self) -> list[dict[str, str]]:
        """The objects in the root folder, as the template lists them."""
        return [
            {"id": item.getId(), "meta_type": item.meta_type, "url": item.absolute_url()}
            for item in self.context.objectValues()
        ]
