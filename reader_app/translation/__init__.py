"""Offline translation on installed Argos packages through CTranslate2. Never imports Qt."""
