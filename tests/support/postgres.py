"""The real PostgreSQL server of the tests is fwgen's own (generator/postgres.py), as `fwgen test` uses it."""

from generator.postgres import PostgresServer, find_bin_dir

__all__ = ["PostgresServer", "find_bin_dir"]
