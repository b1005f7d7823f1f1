"""The archive's web UI and JSON API (``kijiyomi serve``; needs the ``serve`` extra)."""
