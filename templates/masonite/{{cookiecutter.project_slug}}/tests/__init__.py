"""Tests, run by pytest with Masonite's TestCase."""
