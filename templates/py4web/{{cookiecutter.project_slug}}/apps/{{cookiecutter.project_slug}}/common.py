"""The fixtures every action may use, set up as py4web's scaffolding app does: the database, the
session (signed and encrypted in a cookie) and Auth (login, registration, profile under auth/)."""

from py4web import DAL, Session
from py4web.utils.auth import Auth
from py4web.utils.factories import ActionFactory
from py4web.utils.mailer import Mailer

from . import settings

db = DAL(
    settings.DB_URI,
    folder=settings.DB_FOLDER,
    pool_size=settings.DB_POOL_SIZE,
    migrate=settings.DB_MIGRATE,
)

session = Session(secret=settings.SESSION_SECRET_KEY)

auth = Auth(session, db, define_tables=False)
auth.use_username = True
auth.param.password_complexity = {"entropy": settings.PASSWORD_ENTROPY}
# Confirming the e-mail address needs a way to send one.
auth.param.registration_requires_confirmation = bool(settings.SMTP_SERVER)
auth.param.login_expiration_time = 3600
auth.param.block_previous_password_num = 3
auth.define_tables()
auth.fix_actions()
if settings.SMTP_SERVER:
    auth.sender = Mailer(
        server=settings.SMTP_SERVER,
        sender=settings.SMTP_SENDER,
        login=settings.SMTP_LOGIN,
        tls=True,
    )
flash = auth.flash

# Pages at /{{ cookiecutter.project_slug }}/auth/login, .../auth/register, ... (templates/auth.html).
auth.enable(uses=(session, db), env={"project_name": settings.PROJECT_NAME})

# Shorthands for actions: @unauthenticated("path", "page.html") or @authenticated(...), which
# also requires a logged-in user. Never mix them with @action.uses on the same function.
unauthenticated = ActionFactory(db, session, flash, auth)
authenticated = ActionFactory(db, session, flash, auth.user)
