"""JSON CRUD for notes under /api/notes (routes/api.py)."""

from typing import Any

from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response

from app.models.Note import Note

TITLE_MAX = 200
PER_PAGE_MAX = 100


def error(response: Response, status: int, title: str, detail: str) -> Response:
    return response.json({"error": title, "detail": detail}, status)


def takes_json(request: Request) -> bool:
    """The API reads JSON only. A cross-site HTML form cannot send it, which is why these routes
    need no CSRF token; a request without a Content-Type is read as JSON, as Masonite does."""
    content_type = request.environ.get("CONTENT_TYPE", "")
    return not content_type or content_type.startswith("application/json")


def note_fields(request: Request, partial: bool) -> tuple[dict[str, Any], str | None]:
    """The title and body of the request body, or an error message. `partial` (PATCH) allows
    leaving fields out."""
    data = request.all()  # raw values: Masonite's request.input() HTML-escapes strings
    fields: dict[str, Any] = {}
    if "title" in data or not partial:
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            return {}, "title: a non-empty string is required"
        if len(title) > TITLE_MAX:
            return {}, f"title: at most {TITLE_MAX} characters"
        fields["title"] = title
    if "body" in data:
        body = data["body"]
        if body is not None and not isinstance(body, str):
            return {}, "body: a string or null"
        fields["body"] = body
    return fields, None


def positive_int(value: Any, default: int) -> int:  # a query value, as Masonite gives it
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


class NotesController(Controller):
    def index(self, request: Request, response: Response) -> Response:
        page = positive_int(request.input("page"), 1)
        per_page = min(positive_int(request.input("per_page"), 20), PER_PAGE_MAX)
        notes = Note.order_by("id").paginate(per_page, page)
        return response.json(
            {
                "notes": [note.to_json() for note in notes.result],
                "page": page,
                "per_page": per_page,
                "total": notes.total,
            }
        )

    def store(self, request: Request, response: Response) -> Response:
        if not takes_json(request):
            return error(response, 415, "Unsupported Media Type", "send application/json")
        fields, problem = note_fields(request, partial=False)
        if problem:
            return error(response, 422, "Unprocessable Content", problem)
        note = Note.create(fields).fresh()
        response.header("Location", f"/api/notes/{note.id}")
        return response.json(note.to_json(), 201)

    def show(self, request: Request, response: Response) -> Response:
        note = Note.find(request.param("id"))
        if note is None:
            return error(response, 404, "Not Found", "no such note")
        return response.json(note.to_json())

    def update(self, request: Request, response: Response) -> Response:
        if not takes_json(request):
            return error(response, 415, "Unsupported Media Type", "send application/json")
        note = Note.find(request.param("id"))
        if note is None:
            return error(response, 404, "Not Found", "no such note")
        fields, problem = note_fields(request, partial=True)
        if problem:
            return error(response, 422, "Unprocessable Content", problem)
        if fields:
            note.update(fields)
        return response.json(Note.find(note.id).to_json())

    def destroy(self, request: Request, response: Response) -> Response:
        note = Note.find(request.param("id"))
        if note is None:
            return error(response, 404, "Not Found", "no such note")
        note.delete()
        return response.status(204)
