"""Pages, with sessions and CSRF protection (the "web" middleware group)."""

from masonite.routes import Route

ROUTES = [
    Route.get("/", "WelcomeController@show").name("welcome"),
    Route.get("/health", "HealthController@show").name("health"),
]
