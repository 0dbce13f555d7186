"""Settings for the test suite: the real settings, minus what needs HTTPS or collectstatic."""

import os

# The suite must run where no .env exists (CI); this key is used by tests only.
os.environ.setdefault("SECRET_KEY", "insecure-key-for-the-test-suite-only")
# Tests run with production's settings whatever .env says for local development (DEBUG=true
# there): real environment variables win over .env.
os.environ["DEBUG"] = "false"

from config.settings import *  # noqa: F403
from config.settings import STORAGES

# The test client speaks plain HTTP; production redirects it to HTTPS.
SECURE_SSL_REDIRECT = False
# Static files as in development: found in the apps on request, no collectstatic run needed.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
{%- if cookiecutter.async == "yes" %}
SERVESTATIC_AUTOREFRESH = True
SERVESTATIC_USE_FINDERS = True
{%- else %}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
{%- endif %}
# Slow hashing protects real passwords; in tests it only costs time.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
