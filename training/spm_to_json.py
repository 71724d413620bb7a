"""Convert a trained SentencePiece unigram model into `tokenizer.json` for @huggingface/tokenizers.

The layout follows RECIPES.md: Unigram model with [piece, score] pairs and unk_id, a
normalizer mirroring `massive.normalize` (NFKC then lowercase), a Metaspace pre-tokenizer and
decoder with both `prepend_scheme: "always"` and `add_prefix_space: true`, and a post-processor
that adds nothing (the model uses no special tokens).
"""
import json
import os
import shutil

import numpy as np
import sentencepiece as spm

# Control pieces (<pad>, <unk>) must never win a Viterbi segmentation of user text.
CONTROL_SCORE = -1e9
# The SentencePiece model every shipped model since v1 tokenizes with. It lives with the training
# code, not in the shipped folder: the app reads only tokenizer.json (written from it here), so
# serving it cost every visitor 0.61 MB of the 10 MB budget for nothing.
PROJECT_SPM = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tokenizer", "spm.model")


def _score(value):
    """A piece score as the shortest decimal that reads back as the same float32.

    Why: SentencePiece stores float32 scores; written as float64 decimals ("-7.318963050842285")
    they took 0.6 of tokenizer.json's 1.1 MB. The rounding moves a score by at most half a float32
    step (about 5e-7), far below any gap between two segmentations' sums: of the 442,756 distinct
    words of MASSIVE train and dev (52 locales) one tokenizes differently with the long and the
    short file, an exact tie between the same pieces in another order, and there the short file
    agrees with SentencePiece."""
    return float(str(np.float32(value)))


def convert(spm_model_path):
    sp = spm.SentencePieceProcessor(model_file=spm_model_path)
    vocab = []
    for i in range(sp.get_piece_size()):
        score = sp.get_score(i)
        if sp.is_control(i) or sp.is_unknown(i):
            score = CONTROL_SCORE
        vocab.append([sp.id_to_piece(i), _score(score)])
    meta = {"type": "Metaspace", "replacement": "\u2581", "add_prefix_space": True,
            "prepend_scheme": "always", "split": True}
    specials = [i for i in range(sp.get_piece_size()) if sp.is_control(i) or sp.is_unknown(i)]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {"id": i, "content": sp.id_to_piece(i), "single_word": False, "lstrip": False,
             "rstrip": False, "normalized": False, "special": True}
            for i in specials
        ],
        "normalizer": {"type": "Sequence", "normalizers": [{"type": "NFKC"}, {"type": "Lowercase"}]},
        "pre_tokenizer": meta,
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"Sequence": {"id": "A", "type_id": 0}}],
                           "pair": [{"Sequence": {"id": "A", "type_id": 0}},
                                    {"Sequence": {"id": "B", "type_id": 1}}],
                           "special_tokens": {}},
        "decoder": meta,
        "model": {"type": "Unigram", "unk_id": sp.unk_id(), "vocab": vocab, "byte_fallback": False},
    }


def tokenizer_config(spm_model_path):
    sp = spm.SentencePieceProcessor(model_file=spm_model_path)
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "unk_token": sp.id_to_piece(sp.unk_id()),
        "pad_token": sp.id_to_piece(sp.pad_id()),
        "model_max_length": 512,
        "clean_up_tokenization_spaces": False,
    }


def spm_for(folder):
    """The SentencePiece model of a model or run folder: its own spm.model (training runs, folders
    shipped before it moved) or else the project's, checked to hold the pieces of the folder's
    tokenizer.json in the same order."""
    own = os.path.join(folder, "spm.model")
    if os.path.exists(own):
        return own
    with open(os.path.join(folder, "tokenizer.json"), encoding="utf-8") as f:
        pieces = [p for p, _ in json.load(f)["model"]["vocab"]]
    sp = spm.SentencePieceProcessor(model_file=PROJECT_SPM)
    if pieces != [sp.id_to_piece(i) for i in range(sp.get_piece_size())]:
        raise ValueError(f"{folder}: no spm.model, and its tokenizer.json is not {PROJECT_SPM}'s")
    return PROJECT_SPM


def write_folder(spm_model_path, out_dir):
    """The tokenizer files of a model folder: tokenizer.json and its config, and spm.model too
    when it is not the project's (a smoke or ablation run that trained its own), so that the
    folder alone still says how to tokenize."""
    write(spm_model_path, out_dir)
    with open(spm_model_path, "rb") as a, open(PROJECT_SPM, "rb") as b:
        if a.read() != b.read():
            shutil.copy(spm_model_path, os.path.join(out_dir, "spm.model"))


def write(spm_model_path, out_dir):
    with open(f"{out_dir}/tokenizer.json", "w", encoding="utf-8") as f:
        json.dump(convert(spm_model_path), f, ensure_ascii=False, separators=(",", ":"))
    with open(f"{out_dir}/tokenizer_config.json", "w", encoding="utf-8") as f:
        json.dump(tokenizer_config(spm_model_path), f, indent=2)
