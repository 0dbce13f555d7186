"""HTTP middleware of this application."""
