"""Authentication guards. There are no users yet: `python craft auth` scaffolds login,
registration and a User model; set "model" to that model then."""

GUARDS = {
    "default": "web",
    "web": {"model": None},
    "password_reset_table": "password_resets",
    "password_reset_expiration": 1440,  # minutes
}
