{% if cookiecutter.auth == "accounts" -%}
"""Accounts: sign up, sign in, sign out, change the password, reset it by email.

Passwords are stored as Argon2 hashes (argon2-cffi). A reset link carries a signed token that
expires after an hour and stops working once the password changed. ``flask --app
{{ cookiecutter.project_slug }} create-superuser EMAIL`` makes an administrator.
"""

from typing import Any

import click
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.cli import with_appcontext
from flask_login import current_user, login_required, login_user, logout_user
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.wrappers import Response

from .extensions import db, login_manager
from .mail import send_mail
from .models import User

bp = Blueprint("accounts", __name__)
hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 10
RESET_MAX_AGE = 3600  # seconds a reset link stays valid


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    app.register_blueprint(bp, url_prefix="/accounts")
    app.cli.add_command(create_superuser)


@login_manager.user_loader  # type: ignore[untyped-decorator]  # flask_login ships no type hints
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id))


@login_manager.unauthorized_handler  # type: ignore[untyped-decorator]  # flask_login ships no type hints
def unauthorized() -> Any:
    # API clients get a JSON 401 (errors.py); people get the sign-in page, then come back.
    if request.path.startswith("/api/"):
        abort(401, "sign in first")
    return redirect(url_for("accounts.login", next=request.path))


def normalized_email(value: str) -> str:
    return value.strip().lower()


def set_password(user: User, password: str) -> None:
    user.password_hash = hasher.hash(password)


def password_matches(user: User, password: str) -> bool:
    try:
        hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False
    if hasher.check_needs_rehash(user.password_hash):  # stronger parameters since it was set
        set_password(user, password)
        db.session.commit()
    return True


def password_problem(password: str, confirmation: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"The password must have at least {MIN_PASSWORD_LENGTH} characters."
    if password != confirmation:
        return "The two passwords differ."
    return None


def _form(template: str, status: int = 200, **context: Any) -> tuple[str, int]:
    return render_template(f"accounts/{template}.html", **context), status


def _safe_next(target: str | None) -> str:
    # Only a path on this site: an absolute URL here would be an open redirect.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("main.index")


@bp.route("/signup", methods=["GET", "POST"])
def signup() -> Any:
    if request.method == "GET":
        return _form("signup")
    email = normalized_email(request.form.get("email", ""))
    password = request.form.get("password", "")
    problem = password_problem(password, request.form.get("confirm", ""))
    if "@" not in email or len(email) > 254:
        problem = "Enter a valid email address."
    elif db.session.scalar(db.select(User).filter_by(email=email)) is not None:
        problem = "An account with this email exists: sign in, or reset its password."
    if problem:
        return _form("signup", 422, error=problem, email=email)
    user = User(email=email)
    set_password(user, password)
    db.session.add(user)
    db.session.commit()
    login_user(user)
    flash("Welcome! Your account is ready.")
    return redirect(url_for("main.index"))


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if request.method == "GET":
        return _form("login", next=request.args.get("next", ""))
    email = normalized_email(request.form.get("email", ""))
    user = db.session.scalar(db.select(User).filter_by(email=email))
    if user is None or not password_matches(user, request.form.get("password", "")):
        # The same answer for an unknown email and a wrong password: no account probing.
        return _form("login", 401, error="Wrong email or password.", email=email)
    login_user(user)
    return redirect(_safe_next(request.form.get("next")))


@bp.post("/logout")
def logout() -> Response:
    logout_user()
    return redirect(url_for("main.index"))


@bp.route("/password", methods=["GET", "POST"])
@login_required  # type: ignore[untyped-decorator]  # flask_login ships no type hints
def change_password() -> Any:
    if request.method == "GET":
        return _form("password")
    if not password_matches(current_user, request.form.get("current", "")):
        return _form("password", 422, error="The current password is wrong.")
    new = request.form.get("password", "")
    problem = password_problem(new, request.form.get("confirm", ""))
    if problem:
        return _form("password", 422, error=problem)
    set_password(current_user, new)
    db.session.commit()
    flash("Your password was changed.")
    return redirect(url_for("main.index"))


def _reset_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="password-reset")


def reset_token(user: User) -> str:
    # The end of the current hash is in the token: a new password makes old links invalid.
    return _reset_serializer().dumps({"id": user.id, "hash": user.password_hash[-16:]})


@bp.route("/reset", methods=["GET", "POST"])
def request_reset() -> Any:
    if request.method == "GET":
        return _form("reset_request")
    email = normalized_email(request.form.get("email", ""))
    user = db.session.scalar(db.select(User).filter_by(email=email))
    if user is not None:
        link = url_for("accounts.reset", token=reset_token(user), _external=True)
        send_mail(
            user.email,
            "Reset your password",
            f"Set a new password here (the link works for an hour):\n\n{link}\n\n"
            "If you did not ask for this, ignore this email.",
        )
    # The same answer whether or not the account exists.
    flash("If that email has an account, a reset link is on its way.")
    return redirect(url_for("accounts.login"))


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset(token: str) -> Any:
    try:
        claims = _reset_serializer().loads(token, max_age=RESET_MAX_AGE)
    except BadSignature:  # also an expired token (SignatureExpired)
        claims = None
    user = db.session.get(User, claims["id"]) if claims else None
    if user is None or user.password_hash[-16:] != claims["hash"]:
        return _form("reset_request", 400, error="This reset link is invalid or expired.")
    if request.method == "GET":
        return _form("reset")
    password = request.form.get("password", "")
    problem = password_problem(password, request.form.get("confirm", ""))
    if problem:
        return _form("reset", 422, error=problem)
    set_password(user, password)
    db.session.commit()
    login_user(user)
    flash("Your password was reset.")
    return redirect(url_for("main.index"))


@click.command("create-superuser")
@with_appcontext
@click.argument("email")
@click.password_option(help="Asked for when not given (and confirmed).")
def create_superuser(email: str, password: str) -> None:
    """Make an administrator account, or make an existing account one."""
    email = normalized_email(email)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.BadParameter(
            f"at least {MIN_PASSWORD_LENGTH} characters", param_hint="password"
        )
    user = db.session.scalar(db.select(User).filter_by(email=email)) or User(email=email)
    set_password(user, password)
    user.is_admin = True
    db.session.add(user)
    db.session.commit()
    click.echo(f"{email} is an administrator.")
{%- endif %}
