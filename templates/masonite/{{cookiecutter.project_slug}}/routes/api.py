"""The JSON API, mounted under /api with the "api" middleware group (app/Kernel.py)."""

from masonite.routes import Route

ROUTES = [
    Route.get("/notes", "NotesController@index").name("notes.index"),
    Route.post("/notes", "NotesController@store").name("notes.store"),
    Route.get("/notes/@id:int", "NotesController@show").name("notes.show"),
    Route.patch("/notes/@id:int", "NotesController@update").name("notes.update"),
    Route.delete("/notes/@id:int", "NotesController@destroy").name("notes.destroy"),
]
