"""fwgen: answer a few questions, get the Python web framework that fits and a starter project."""

__version__ = "0.1.0"
