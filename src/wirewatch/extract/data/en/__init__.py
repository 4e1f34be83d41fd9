"""English extraction lexicons."""
