"""Sessions live in encrypted cookies (signed with SECRET_KEY)."""

DRIVERS = {
    "default": "cookie",
    "cookie": {},
}
