"""The administrator comes from the environment, and Zope refuses to start without a password."""

import pytest
from OFS.userfolder import UserFolder
from webtest import TestApp

from {{ cookiecutter.project_slug }}.admin import AdminNotConfigured, admin_credentials, sync_admin_user


def test_credentials_come_from_the_environment() -> None:
    environ = {"ZOPE_ADMIN_USER": "boss", "ZOPE_ADMIN_PASSWORD": "s3cret-enough"}
    assert admin_credentials(environ) == ("boss", "s3cret-enough")


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"ZOPE_ADMIN_USER": "boss"},
        {"ZOPE_ADMIN_USER": "boss", "ZOPE_ADMIN_PASSWORD": "  "},
        {"ZOPE_ADMIN_USER": "boss", "ZOPE_ADMIN_PASSWORD": "change-me"},
        {"ZOPE_ADMIN_PASSWORD": "s3cret-enough"},
    ],
)
def test_there_is_no_default_password(environ: dict[str, str]) -> None:
    with pytest.raises(AdminNotConfigured):
        admin_credentials(environ)


def test_the_admin_is_created_as_manager_then_follows_the_environment() -> None:
    users = UserFolder()
    assert sync_admin_user(users, "boss", "first-password") is True
    user = users.getUser("boss")
    assert user.authenticate("first-password", None)
    assert "Manager" in user.getRoles()

    assert sync_admin_user(users, "boss", "first-password") is False  # nothing to change

    assert sync_admin_user(users, "boss", "second-password") is True
    user = users.getUser("boss")
    assert user.authenticate("second-password", None)
    assert not user.authenticate("first-password", None)


def test_the_running_site_has_the_admin(admin: TestApp) -> None:
    admin.get("/manage_main", status=200)  # the Zope Management Interface, for managers only
