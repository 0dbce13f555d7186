"""Accounts: the project's own user model."""
