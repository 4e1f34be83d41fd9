"""Language data for the extraction engine (TSV files, one folder per language)."""
