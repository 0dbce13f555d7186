"""Sessions live in encrypted cookies (the key is derived from SECRET_KEY)."""

from masonite.environment import env

DRIVERS = {
    "default": "cookie",
    # Options of every cookie the app sets (session, CSRF token): not readable from JavaScript,
    # not sent cross-site, and HTTPS-only unless COOKIE_SECURE=false (plain-HTTP development).
    "cookie": {
        "http_only": True,
        "samesite": "Strict",
        "secure": env("COOKIE_SECURE", True),
    },
}
