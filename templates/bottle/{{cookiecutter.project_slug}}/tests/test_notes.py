{% if cookiecutter.database != "none" -%}
"""The notes JSON API."""

import webtest


def test_create_read_update_delete(client: webtest.TestApp) -> None:
    created = client.post_json("/api/notes", {"title": "  First  ", "body": "hello"}, status=201)
    note = created.json
    assert note["title"] == "First"
    assert created.headers["Location"].endswith(f"/api/notes/{note['id']}")

    assert client.get(f"/api/notes/{note['id']}").json == note
    listing = client.get("/api/notes").json
    assert listing["total"] == 1
    assert [n["id"] for n in listing["notes"]] == [note["id"]]

    updated = client.patch_json(f"/api/notes/{note['id']}", {"body": "changed"}).json
    assert updated["body"] == "changed"
    assert updated["title"] == "First"

    client.delete(f"/api/notes/{note['id']}", status=204)
    client.get(f"/api/notes/{note['id']}", status=404)


def test_notes_are_listed_in_pages(client: webtest.TestApp) -> None:
    for number in range(3):
        client.post_json("/api/notes", {"title": f"note {number}"}, status=201)
    page = client.get("/api/notes?page=2&per_page=2").json
    assert (page["total"], page["page"], page["per_page"]) == (3, 2, 2)
    assert [n["title"] for n in page["notes"]] == ["note 2"]
    client.get("/api/notes?page=0", status=422)


def test_missing_note_is_a_json_404(client: webtest.TestApp) -> None:
    for method in ("get", "patch_json", "delete"):
        kwargs = {"params": {"title": "x"}} if method == "patch_json" else {}
        response = getattr(client, method)("/api/notes/999999", status=404, **kwargs)
        assert response.json["error"] == "Not Found"


def test_invalid_notes_are_rejected(client: webtest.TestApp) -> None:
    too_long = "x" * 201
    body: object  # dicts and a list
    for body in ({}, {"title": ""}, {"title": 5}, {"title": too_long}, {"title": "x", "y": 1}, []):
        response = client.post_json("/api/notes", body, status=422)
        assert response.json["detail"], body
    client.post("/api/notes", "{not json", content_type="application/json", status=400)
    assert client.get("/api/notes").json["total"] == 0


def test_form_posts_are_not_accepted(client: webtest.TestApp) -> None:
    # Only JSON: a cross-site HTML form cannot send it, so the API needs no CSRF token.
    response = client.post("/api/notes", {"title": "from a form"}, status=415)
    assert response.json["error"] == "Unsupported Media Type"
{%- endif %}
