"""Tests: tornado.testing's AsyncHTTPTestCase serves the app on a free port for each test."""
