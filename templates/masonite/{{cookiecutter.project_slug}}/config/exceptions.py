"""Debug-mode error pages (exceptionite). With APP_DEBUG off, visitors get templates/errors/."""

OPTIONS = {
    "editor": "vscode",
    "stack": {"offset": 10, "shorten": True},
    "hide_sensitive_data": True,
}

HANDLERS = {
    "dumps": True,
    "solutions": {"stackoverflow": False, "possible_solutions": True},
    "recommendations": {
        "packages_updates": {"list": ["masonite-framework", "masonite-framework-orm"]}
    },
}
