"""Parcours 1000 jours: the personal French calendar of the first 1000 days, private and offline."""

__version__ = "0.1.0"
