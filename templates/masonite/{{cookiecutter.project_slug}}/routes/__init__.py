"""Route lists: web.py for pages, api.py for the JSON API under /api."""
