"""The Zope administrator, created from ZOPE_ADMIN_USER and ZOPE_ADMIN_PASSWORD at every start.

Zope's own way is an `inituser` file written by `mkwsgiinstance -u name:password`, a password on a
command line and in a file. Here the environment (or .env) holds it instead, there is no default,
and changing it in .env and restarting Zope changes it in the database too.
"""

import os
from collections.abc import Mapping
from pathlib import Path

from App.config import getConfiguration
from dotenv import load_dotenv
from OFS.userfolder import UserFolder
from zope.processlifetime import IDatabaseOpenedWithRoot

PLACEHOLDER = "change-me"  # the value in .env.example, never a password
ROLES = ["Manager"]


class AdminNotConfigured(RuntimeError):
    """Zope would start without a usable administrator password."""


def admin_credentials(environ: Mapping[str, str]) -> tuple[str, str]:
    """The administrator's name and password from ``environ``, or AdminNotConfigured."""
    name = environ.get("ZOPE_ADMIN_USER", "").strip()
    password = environ.get("ZOPE_ADMIN_PASSWORD", "")
    if not name:
        raise AdminNotConfigured("set ZOPE_ADMIN_USER (in the environment or .env)")
    if not password.strip() or password == PLACEHOLDER:
        raise AdminNotConfigured(
            "set ZOPE_ADMIN_PASSWORD to a long random value (in the environment or .env), "
            'e.g. python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    return name, password


def sync_admin_user(users: UserFolder, name: str, password: str) -> bool:
    """Make ``name`` a Manager with ``password`` in ``users``; True when that changed anything."""
    user = users.getUser(name)
    if user is None:
        users.userFolderAddUser(name, password, ROLES, [])
        return True
    if user.authenticate(password, None) and "Manager" in user.getRoles():
        return False
    roles = sorted(set(user.getRoles()) - {"Authenticated"} | set(ROLES))
    users.userFolderEditUser(name, password, roles, list(user.getDomains()))
    return True


def ensure_admin_user(event: IDatabaseOpenedWithRoot) -> None:
    """Start-up subscriber (configure.zcml): Zope does not start without its administrator."""
    load_dotenv(Path(getConfiguration().instancehome) / ".env")  # the environment wins over .env
    name, password = admin_credentials(os.environ)
    # Commits on leaving the block; a transaction that changed nothing writes nothing.
    with event.database.transaction(f"Administrator {name} from the environment") as connection:
        sync_admin_user(connection.root()["Application"].acl_users, name, password)
