"""Tests of the Zope application, through its WSGI app with WebTest."""
