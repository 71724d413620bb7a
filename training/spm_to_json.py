"""Convert a trained SentencePiece unigram model into `tokenizer.json` for @huggingface/tokenizers.

The layout follows RECIPES.md: Unigram model with [piece, score] pairs and unk_id, a
normalizer mirroring `massive.normalize` (NFKC then lowercase), a Metaspace pre-tokenizer and
decoder with both `prepend_scheme: "always"` and `add_prefix_space: true`, and a post-processor
that adds nothing (the model uses no special tokens).
"""
import json

import sentencepiece as spm

# Control pieces (<pad>, <unk>) must never win a Viterbi segmentation of user text.
CONTROL_SCORE = -1e9


def convert(spm_model_path):
    sp = spm.SentencePieceProcessor(model_file=spm_model_path)
    vocab = []
    for i in range(sp.get_piece_size()):
        score = sp.get_score(i)
        if sp.is_control(i) or sp.is_unknown(i):
            score = CONTROL_SCORE
        vocab.append([sp.id_to_piece(i), float(score)])
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


def write(spm_model_path, out_dir):
    with open(f"{out_dir}/tokenizer.json", "w", encoding="utf-8") as f:
        json.dump(convert(spm_model_path), f, ensure_ascii=False, separators=(",", ":"))
    with open(f"{out_dir}/tokenizer_config.json", "w", encoding="utf-8") as f:
        json.dump(tokenizer_config(spm_model_path), f, indent=2)
