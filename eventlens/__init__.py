"""eventlens: political event data from news text, offline."""

__version__ = "0.1.0"
