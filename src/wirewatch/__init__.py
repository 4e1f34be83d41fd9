"""wirewatch: source-attributed event data from news dispatches."""

__version__ = "0.1.0"
