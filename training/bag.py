"""An intent-only member that reads the utterance as a bag of subword unigrams and hashed bigrams.

Why: the shipped members are three encoders on one frozen table, and they stopped disagreeing
(the fourth added nothing). A bag of n-grams (fastText's idea: averaged n-gram vectors, one small
classifier) reads the same token ids another way: no order beyond neighbouring pairs, its own
tables, trained in minutes. Alone it is about as accurate on MASSIVE's intents as one encoder, and
it is wrong on other utterances, which is what an ensemble needs (measured: model card).

The bigram of the tokens p, q is the row (p * BIGRAM_MUL + q) mod n_buckets of a hashed table
(collisions are shared rows: the hashing trick), with the vocabulary size standing for the edge of
the utterance before its first and after its last token, so an n-token utterance has n + 1
bigrams. The formula uses only integer Mul, Add and Mod, so the ONNX graph computes it from
`input_ids` and the runtime contract (docs/model-format.md) does not change.
"""
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

# A prime above the vocabulary size: distinct (p, q) pairs get distinct products before the modulo.
BIGRAM_MUL = 32771
# Trigrams (config `trigrams`) share the bigrams' table: ((o * BIGRAM_MUL + p) * TRIGRAM_MUL + q) mod
# n_buckets, under 2**63 for any ids of a 32,000-piece vocabulary.
TRIGRAM_MUL = 7919


@dataclass
class BagConfig:
    vocab_size: int = 32000
    n_buckets: int = 32768
    dim: int = 16
    hidden: int = 256
    n_intents: int = 60
    dropout: float = 0.2
    trigrams: bool = False
    max_pool: bool = False

    def to_dict(self):
        return asdict(self)


def bigram_ids(input_ids, attention_mask, cfg: BagConfig):
    """[batch, seq + 1] bucket of each bigram and [batch, seq + 1] its mask (1: a real bigram:
    at least one of its two tokens is real; the edge counts as a token on either side)."""
    edge = cfg.vocab_size
    real = attention_mask.to(torch.bool)
    x = torch.where(real, input_ids, torch.full_like(input_ids, edge))
    prev = F.pad(x, (1, 0), value=edge)
    nxt = F.pad(x, (0, 1), value=edge)
    buckets = (prev * BIGRAM_MUL + nxt) % cfg.n_buckets
    m = attention_mask.to(torch.float32)
    keep = torch.maximum(F.pad(m, (0, 1), value=0.0), F.pad(m, (1, 0), value=0.0))
    if cfg.trigrams:
        # The token before each bigram (the edge before the first): the trigram ending where it ends.
        before = F.pad(x, (2, 0), value=edge)[:, :-1]
        tri = ((before * BIGRAM_MUL + prev) * TRIGRAM_MUL + nxt) % cfg.n_buckets
        buckets, keep = torch.cat([buckets, tri], 1), torch.cat([keep, keep], 1)
    return buckets, keep


class BagNLU(nn.Module):
    """Mean unigram vector and mean bigram vector -> LayerNorm -> MLP -> intent logits."""

    def __init__(self, cfg: BagConfig):
        super().__init__()
        self.cfg = cfg
        self.unigram = nn.Embedding(cfg.vocab_size, cfg.dim)
        self.bigram = nn.Embedding(cfg.n_buckets, cfg.dim)
        for table in (self.unigram, self.bigram):
            nn.init.normal_(table.weight, std=0.1)
        width = (4 if cfg.max_pool else 2) * cfg.dim
        self.norm = nn.LayerNorm(width)
        self.mlp = nn.Sequential(nn.Linear(width, cfg.hidden), nn.GELU(), nn.Dropout(cfg.dropout),
                                 nn.Linear(cfg.hidden, cfg.n_intents))

    @staticmethod
    def _mean(rows, keep):
        keep = keep.unsqueeze(-1)
        return (rows * keep).sum(1) / keep.sum(1).clamp(min=1.0)

    @staticmethod
    def _max(rows, keep):
        return (rows - (1.0 - keep.unsqueeze(-1)) * 1e4).max(1).values

    def forward(self, input_ids, attention_mask):
        m = attention_mask.to(torch.float32)
        uni_rows = self.unigram(input_ids)
        buckets, keep = bigram_ids(input_ids, attention_mask, self.cfg)
        bi_rows = self.bigram(buckets)
        feats = [self._mean(uni_rows, m), self._mean(bi_rows, keep)]
        if self.cfg.max_pool:
            feats += [self._max(uni_rows, m), self._max(bi_rows, keep)]
        return self.mlp(self.norm(torch.cat(feats, -1)))
