"""Cross-origin resource sharing: off (no origin allowed) until you list the ones you trust."""

CORS = {
    "paths": ["api/*"],
    "allowed_methods": ["*"],
    "allowed_origins": [],
    "allowed_headers": ["*"],
    "exposed_headers": [],
    "max_age": None,
    "supports_credentials": False,
}
