"""Where a model folder's tokenizer comes from (spm_to_json.spm_for, write_folder) and the short
piece scores of tokenizer.json."""
import json
import os
import shutil
import sys

import numpy as np
import pytest
import sentencepiece as spm

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import spm_to_json  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHIPPED = os.path.join(ROOT, "public", "models", "polyvox-nlu-v12")


def test_the_shipped_folder_tokenizes_with_the_project_model():
    assert not os.path.exists(os.path.join(SHIPPED, "spm.model")), "the app does not read it: keep it out of the download"
    assert spm_to_json.spm_for(SHIPPED) == spm_to_json.PROJECT_SPM


def test_shipped_scores_are_sentencepieces_float32_in_the_fewest_digits():
    sp = spm.SentencePieceProcessor(model_file=spm_to_json.PROJECT_SPM)
    vocab = json.load(open(os.path.join(SHIPPED, "tokenizer.json"), encoding="utf-8"))["model"]["vocab"]
    assert len(vocab) == sp.get_piece_size() == 32000
    for i in (2, 100, 5000, 31999):
        piece, score = vocab[i]
        assert piece == sp.id_to_piece(i)
        assert np.float32(score) == np.float32(sp.get_score(i))
        assert len(repr(score)) <= len(str(np.float32(sp.get_score(i))))
    assert vocab[0][1] == vocab[1][1] == spm_to_json.CONTROL_SCORE  # <pad>, <unk> never win


def test_a_folder_with_another_vocabulary_and_no_spm_model_is_refused(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    tok = json.load(open(os.path.join(SHIPPED, "tokenizer.json"), encoding="utf-8"))
    v = tok["model"]["vocab"]
    v[5], v[6] = v[6], v[5]
    json.dump(tok, open(folder / "tokenizer.json", "w", encoding="utf-8"), ensure_ascii=False)
    with pytest.raises(ValueError, match="not .*spm.model's"):
        spm_to_json.spm_for(str(folder))
    shutil.copy(spm_to_json.PROJECT_SPM, folder / "spm.model")  # a folder's own model wins
    assert spm_to_json.spm_for(str(folder)) == str(folder / "spm.model")


def test_write_folder_copies_only_a_tokenizer_that_is_not_the_projects(tmp_path):
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir(), theirs.mkdir()
    spm_to_json.write_folder(spm_to_json.PROJECT_SPM, str(ours))
    assert sorted(os.listdir(ours)) == ["tokenizer.json", "tokenizer_config.json"]
    assert (ours / "tokenizer.json").read_bytes() == open(os.path.join(SHIPPED, "tokenizer.json"), "rb").read()
    # The same bytes under another path are still the project's model.
    same = tmp_path / "same.model"
    shutil.copy(spm_to_json.PROJECT_SPM, same)
    spm_to_json.write_folder(str(same), str(theirs))
    assert "spm.model" not in os.listdir(theirs)
    # A run that trained its own (prepare.py without --spm): the folder carries it.
    lines = ["turn on the lights", "wake me up at seven", "play some jazz music", "what is the weather"] * 20
    spm.SentencePieceTrainer.train(sentence_iterator=iter(lines), model_prefix=str(tmp_path / "own"), vocab_size=24,
                                   model_type="unigram", pad_id=0, unk_id=1, bos_id=-1, eos_id=-1, minloglevel=2)
    spm_to_json.write_folder(str(tmp_path / "own.model"), str(theirs))
    assert (theirs / "spm.model").read_bytes() == (tmp_path / "own.model").read_bytes()
    assert spm_to_json.spm_for(str(theirs)) == str(theirs / "spm.model")
