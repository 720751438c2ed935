"""Thin Qt widgets, models and workers over the core."""
