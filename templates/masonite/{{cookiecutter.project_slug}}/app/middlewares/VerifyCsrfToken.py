"""CSRF protection for the web routes (forms must send the `csrf_token`)."""

from typing import ClassVar

from masonite.middleware import VerifyCsrfToken as Middleware


class VerifyCsrfToken(Middleware):
    # The JSON API under /api does not go through the "web" group at all (see app/Kernel.py).
    exempt: ClassVar[list[str]] = []
