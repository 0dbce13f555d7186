"""Shared helpers for fwgen's tests: the template option matrix, baking, baked-project runs, PostgreSQL."""
