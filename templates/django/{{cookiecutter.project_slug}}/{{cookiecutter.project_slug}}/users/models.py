from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The site's user. Add profile fields here; AUTH_USER_MODEL already points at it."""
