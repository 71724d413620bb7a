"""train.py --locale_repeat: the named locales' records come that many times, the rest once."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from sampling import repeat_locales  # noqa: E402

LOCALES = ["en-US", "ka-GE", "km-KH"]
TRAIN = [{"id": i, "locale": loc} for i, loc in enumerate([0, 1, 1, 2, 0])]


def counts(recs):
    out = {}
    for r in recs:
        out[r["id"]] = out.get(r["id"], 0) + 1
    return out


def test_named_locales_are_repeated_and_the_rest_kept_once():
    got = repeat_locales(TRAIN, LOCALES, "ka-GE:3,km-KH:2")
    assert counts(got) == {0: 1, 1: 3, 2: 3, 3: 2, 4: 1}
    assert got[: len(TRAIN)] == TRAIN  # the originals first, in their order


def test_empty_spec_changes_nothing():
    assert repeat_locales(TRAIN, LOCALES, "") == TRAIN


@pytest.mark.parametrize("spec", ["xx-XX:2", "ka-GE:0", "ka-GE", "ka-GE:two"])
def test_a_wrong_spec_is_refused_with_its_part(spec):
    with pytest.raises(ValueError, match="locale_repeat"):
        repeat_locales(TRAIN, LOCALES, spec)
