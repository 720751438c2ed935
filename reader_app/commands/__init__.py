"""Headless sub-commands of `reader-app`, one module each."""
