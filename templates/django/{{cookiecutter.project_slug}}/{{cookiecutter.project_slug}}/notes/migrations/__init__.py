"""Database migrations of the notes app."""
