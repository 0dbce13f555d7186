"""A Klein web application on Twisted: routes in app.py, serving in server.py."""
