from django.contrib.auth import get_user_model
from django.test import Client

from {{ cookiecutter.project_slug }}.users.models import User


def test_the_custom_user_model_is_active() -> None:
    assert get_user_model() is User


def test_a_superuser_can_sign_in_to_the_admin(client: Client, db: None) -> None:
    User.objects.create_superuser("admin", "admin@example.com", "a-long-passphrase")

    login_page = client.get("/admin/login/")
    signed_in = client.post(
        "/admin/login/?next=/admin/",
        {"username": "admin", "password": "a-long-passphrase"},
        follow=True,
    )

    assert login_page.status_code == 200
    assert signed_in.status_code == 200
    assert signed_in.context["user"].is_superuser
    assert client.get("/admin/users/user/").status_code == 200
