"""The app: py4web imports this package and serves the actions it defines.

Importing the controllers registers their actions; importing ``db`` shows the tables to py4web's
tools (the dashboard's database admin, ``py4web shell``).
"""

from . import controllers
from .models import db

__all__ = ["controllers", "db"]
