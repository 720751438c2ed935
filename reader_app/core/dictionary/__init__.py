"""Offline dictionaries for reading Chinese and Japanese: look-up, readings, word gloss, vocabulary export."""
