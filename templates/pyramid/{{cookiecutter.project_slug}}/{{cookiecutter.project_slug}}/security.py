"""Sessions and CSRF protection, configured once for the whole application."""

from pyramid.config import Configurator
from pyramid.csrf import SessionCSRFStoragePolicy
from pyramid.session import SignedCookieSessionFactory
from pyramid.settings import asbool


def includeme(config: Configurator) -> None:
    settings = config.get_settings()
    config.set_session_factory(
        SignedCookieSessionFactory(
            settings["session.secret"],
            # Secure unless an .ini file says otherwise (development.ini does, for plain HTTP).
            secure=asbool(settings.get("session.secure", True)),
            httponly=True,
            samesite="Lax",
        )
    )
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    # Every POST, PUT, PATCH and DELETE must carry the session's token (form field ``csrf_token``
    # or header ``X-CSRF-Token``); over HTTPS the Origin/Referer must be this site as well.
    config.set_default_csrf_options(require_csrf=True)
