"""Shared fixtures: one model of the shipped folder, for the tests that need one model."""
import json
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHIPPED = os.path.join(ROOT, "public", "models", "polyvox-nlu-v12")


@pytest.fixture(scope="session")
def single_model(tmp_path_factory):
    """The shipped folder when it holds one model; for a pair (model.py PairNLU) its first member,
    written out as a folder of one (pair.write_first_member): a run continues, grows or pairs
    with one model, never a pair."""
    with open(os.path.join(SHIPPED, "config.json"), encoding="utf-8") as f:
        if not json.load(f).get("pair_architecture"):
            return SHIPPED
    import pair
    return pair.write_first_member(SHIPPED, str(tmp_path_factory.mktemp("first")))
