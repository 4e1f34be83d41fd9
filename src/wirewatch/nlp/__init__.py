"""Language identification and spaCy parsing."""
