"""Word lists the rules use are data (extract/data/<lang>/wordlists.tsv), loaded once."""

import pytest

from wirewatch.extract.lexicon import lexicon, words_any


def test_wordlists_language_lists_are_read_from_data():
    assert "à" in lexicon("fr").words("scene_preps")
    assert "in" in lexicon("en").words("scene_preps")
    assert lexicon("fr").words("no_such_list") == frozenset()


def test_wordlists_union_covers_both_languages():
    both = words_any("scene_preps")
    assert {"à", "in"} <= both


def test_wordlists_unknown_name_fails_loudly():
    with pytest.raises(KeyError):
        words_any("scene_prep")  # a typo must not silently give an empty list
