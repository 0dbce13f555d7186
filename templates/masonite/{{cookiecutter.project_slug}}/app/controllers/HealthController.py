"""GET /health: 200 when the app and its database answer, 503 when the database does not."""

from masonite.controllers import Controller
from masonite.response import Response

from config.database import DB


class HealthController(Controller):
    def show(self, response: Response) -> Response:
        try:
            DB.statement("SELECT 1")
        except Exception as error:  # any driver error means "not healthy", never a 500
            return response.json(
                {"status": "error", "detail": f"database unavailable ({type(error).__name__})"},
                503,
            )
        return response.json({"status": "ok"})
