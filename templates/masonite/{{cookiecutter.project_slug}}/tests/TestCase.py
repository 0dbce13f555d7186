"""The base class of this project's tests: Masonite's TestCase boots the app for every test."""

from masonite.tests import TestCase as MasoniteTestCase

from app.models.Note import Note


class TestCase(MasoniteTestCase):
    def setUp(self) -> None:
        super().setUp()
        # Every test starts from an empty notes table.
        Note.delete()
