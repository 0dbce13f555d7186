"""Service providers of this application."""
