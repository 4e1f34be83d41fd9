"""French extraction lexicons."""
