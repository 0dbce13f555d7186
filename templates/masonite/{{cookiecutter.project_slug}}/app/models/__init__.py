"""Masonite ORM models."""
