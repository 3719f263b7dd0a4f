"""Parley: clean, source-attributed records of diplomacy from news articles."""

__version__ = "0.1.0"
