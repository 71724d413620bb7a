"""The joint intent + slot encoder: factorized embeddings, conv + attention blocks, two heads.

Sized for a 2-core CPU training budget and browser inference: depthwise-separable
convolutions give every block cheap local context and the position information attention
needs (so there is no positional table and any length exports), a few attention layers give
global context, and the embedding is factorized (vocab x emb_dim, then emb_dim -> d_model)
because the vocabulary dominates the int8 size budget.
"""
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class ModelConfig:
    vocab_size: int = 32000
    emb_dim: int = 128
    d_model: int = 256
    n_layers: int = 3
    n_heads: int = 4
    ff_mult: int = 2
    kernel: int = 3
    attn_layers: int = 2  # the last `attn_layers` blocks also have self-attention
    dropout: float = 0.1
    n_intents: int = 60
    n_slots: int = 56
    pad_id: int = 0

    def to_dict(self):
        return asdict(self)


class LayerNorm(nn.LayerNorm):
    """LayerNorm computed in fp32 also under bf16 autocast (train.py --bf16): PyTorch 1.13's CPU
    autocast hands it bf16 activations with fp32 weights and fails. In fp32 it is nn.LayerNorm
    itself (same weights, same export: the cast is decided at trace time, no node is added)."""

    def forward(self, x):
        if x.dtype != torch.float32:
            x = x.float()
        return super().forward(x)


class ConvModule(nn.Module):
    """Pre-LN pointwise GLU -> depthwise conv -> pointwise, residual outside."""

    def __init__(self, d, kernel, dropout):
        super().__init__()
        self.norm = LayerNorm(d)
        self.pw1 = nn.Linear(d, 2 * d)
        self.dw = nn.Conv1d(d, d, kernel, padding=kernel // 2, groups=d)
        self.pw2 = nn.Linear(d, d)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, keep):
        h = F.glu(self.pw1(self.norm(x)), dim=-1) * keep  # zero pads so they do not leak into the conv
        h = self.dw(h.transpose(1, 2)).transpose(1, 2)
        return self.drop(self.pw2(F.gelu(h)))


class AttentionModule(nn.Module):
    def __init__(self, d, n_heads, dropout):
        super().__init__()
        self.norm = LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.out = nn.Linear(d, d)
        self.h = n_heads
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        b, t, d = x.shape
        q, k, v = self.qkv(self.norm(x)).view(b, t, 3, self.h, d // self.h).permute(2, 0, 3, 1, 4)
        att = (q @ k.transpose(-1, -2)) * (d // self.h) ** -0.5 + bias
        y = (att.softmax(-1) @ v).transpose(1, 2).reshape(b, t, d)
        return self.drop(self.out(y))


class FeedForward(nn.Module):
    def __init__(self, d, mult, dropout):
        super().__init__()
        self.norm = LayerNorm(d)
        self.fc1 = nn.Linear(d, mult * d)
        self.fc2 = nn.Linear(mult * d, d)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        return self.drop(self.fc2(F.gelu(self.fc1(self.norm(x)))))


class Block(nn.Module):
    def __init__(self, cfg, attention):
        super().__init__()
        self.conv = ConvModule(cfg.d_model, cfg.kernel, cfg.dropout)
        self.attn = AttentionModule(cfg.d_model, cfg.n_heads, cfg.dropout) if attention else None
        self.ff = FeedForward(cfg.d_model, cfg.ff_mult, cfg.dropout)

    def forward(self, x, keep, bias):
        x = x + self.conv(x, keep)
        if self.attn is not None:
            x = x + self.attn(x, bias)
        return x + self.ff(x)


# A PairNLU's members, in order: their weights' names in the shipped file (model.a.*, model.b.*, ...).
MEMBER_NAMES = ("a", "b", "c", "d")


class JointNLU(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        self.embed = nn.Embedding(cfg.vocab_size, cfg.emb_dim, padding_idx=cfg.pad_id)
        self.proj = nn.Linear(cfg.emb_dim, cfg.d_model)
        self.emb_drop = nn.Dropout(cfg.dropout)
        first_attn = cfg.n_layers - cfg.attn_layers
        self.blocks = nn.ModuleList(Block(cfg, i >= first_attn) for i in range(cfg.n_layers))
        self.norm = LayerNorm(cfg.d_model)
        d = cfg.d_model
        self.pool_score = nn.Linear(d, 1)
        self.intent_mlp = nn.Sequential(nn.Linear(2 * d, d), nn.GELU(), nn.Dropout(cfg.dropout),
                                        nn.Linear(d, cfg.n_intents))
        # Slots see their own token and the utterance summary (the intent decides many slots).
        self.slot_tok = nn.Linear(d, d)
        self.slot_ctx = nn.Linear(2 * d, d)
        self.slot_out = nn.Linear(d, cfg.n_slots)
        nn.init.normal_(self.embed.weight, std=0.02)

    def encode(self, input_ids, attention_mask):
        return self.encode_rows(self.embed(input_ids), attention_mask)

    def encode_rows(self, rows, attention_mask):
        """The encoder from the embedding table's rows on (PairNLU looks them up once for both members)."""
        keep = attention_mask.unsqueeze(-1).to(torch.float32)
        bias = (1.0 - attention_mask.to(torch.float32))[:, None, None, :] * -1e4
        x = self.emb_drop(self.proj(rows))
        for blk in self.blocks:
            x = blk(x, keep, bias)
        return self.norm(x), keep

    def forward(self, input_ids, attention_mask):
        return self.heads(*self.encode(input_ids, attention_mask))

    def forward_rows(self, rows, attention_mask):
        return self.heads(*self.encode_rows(rows, attention_mask))

    def heads(self, h, keep):
        # Attention pooling + max pooling over real tokens.
        score = self.pool_score(h) + (keep - 1.0) * 1e4
        attn_pool = (score.softmax(1) * h).sum(1)
        max_pool = (h + (keep - 1.0) * 1e4).max(1).values
        sent = torch.cat([attn_pool, max_pool], -1)
        # The head's hidden layer is the utterance embedding of model format v2: on-device
        # learning compares utterances with it (nearest neighbours beat the pooled vector there).
        embedding = self.intent_mlp[1](self.intent_mlp[0](sent))
        intent_logits = self.intent_mlp[3](self.intent_mlp[2](embedding))
        slot_h = F.gelu(self.slot_tok(h) + self.slot_ctx(sent).unsqueeze(1))
        slot_logits = self.slot_out(slot_h)
        return intent_logits, slot_logits, embedding


class PairNLU(nn.Module):
    """JointNLU members that share one embedding table; their logits are averaged.

    Why: independently trained models are right more often together than any one alone, and
    the table is 4.1 of each member's 5.4M parameters, so each member after the first (trained on
    the first one's frozen table: train.py --embed_from) adds only its body (1.3M parameters at
    d=192, 0.95M at d=160) to the shipped file. The mean of the logits has the argmax and softmax
    of the mean of the members' log-probabilities (each member's normalizer is a constant over
    the classes). The embedding output is the first member's, so what the device has learned on
    it stays valid. The members are `a`, `b`, then `c`, `d`... (`more`): their weights keep those
    names (model.a.*, model.b.*, model.c.*) in the shipped file.

    With a `threshold` (config.json `cascade_threshold`), a row whose first-member top intent
    probability is at least that, and (with a `slot_threshold`, `cascade_slot_threshold`) whose
    every token's top slot probability is at least that, keeps the first member's logits alone: the
    shipped graph then runs the other members only for the other rows (cascade_graph.py), and this
    is the same function.

    With a `more_threshold` too (`cascade_more_threshold`, three members or more), the members after
    the second are a third stage: a row the first is unsure of keeps the mean of the first two
    where that mean's top intent probability is at least `more_threshold` (and, with a
    `more_slot_threshold`, every token's top slot probability at least that), and takes the mean of
    all members only for the rest. Why: on dev the later members change the answer mostly where
    the first two are also unsure, and the graph runs them only for those rows."""

    def __init__(self, cfg_a: ModelConfig, cfg_b: ModelConfig, threshold=None, slot_threshold=None, more=(),
                 more_threshold=None, more_slot_threshold=None):
        super().__init__()
        self.threshold = threshold
        self.slot_threshold = slot_threshold
        self.more_threshold = more_threshold
        self.more_slot_threshold = more_slot_threshold
        if more_threshold is not None and (threshold is None or not more):
            raise ValueError("PairNLU: a third stage needs the cascade threshold and a third member")
        if more_slot_threshold is not None and more_threshold is None:
            raise ValueError("PairNLU: a third stage's slot threshold needs its intent threshold")
        shared = lambda c: (c.vocab_size, c.emb_dim, c.n_intents, c.n_slots)  # noqa: E731
        if any(shared(c) != shared(cfg_a) for c in (cfg_b, *more)):
            raise ValueError("PairNLU: the members must share vocabulary, table width and labels")
        self.n_members = 2 + len(more)
        self.bag, self.bag_weight, self.bag_temperature = None, 0.0, 1.0  # attach_bag
        if self.n_members > len(MEMBER_NAMES):
            raise ValueError(f"PairNLU: at most {len(MEMBER_NAMES)} members")
        self.a = JointNLU(cfg_a)
        for name, cfg in zip(MEMBER_NAMES[1:], (cfg_b, *more)):
            member = JointNLU(cfg)
            del member.embed  # the other members read the first one's table
            setattr(self, name, member)

    @property
    def cfg(self):
        return self.a.cfg

    @property
    def others(self):
        """The members after the first, in order (b, c, ...)."""
        return [getattr(self, name) for name in MEMBER_NAMES[1:self.n_members]]

    def others_sum(self, rows, attention_mask, members=None):
        """The sum of the other members' intent and slot logits (the graph's second part), or of
        `members` of them."""
        outs = [m.forward_rows(rows, attention_mask) for m in (self.others if members is None else members)]
        return sum(o[0] for o in outs), sum(o[1] for o in outs)

    @staticmethod
    def _sure(intent, slots, attention_mask, threshold, slot_threshold):
        """[batch, 1]: the rows whose top intent probability is at least `threshold` and (with a
        `slot_threshold`) every real token's top slot probability at least that."""
        sure = intent.softmax(-1).max(-1, keepdim=True).values >= threshold
        if slot_threshold is not None:
            # Padding counts as sure: its labels are never read.
            top = slots.softmax(-1).max(-1).values + (1.0 - attention_mask.to(slots.dtype))
            sure = sure & (top.min(-1, keepdim=True).values >= slot_threshold)
        return sure

    def forward(self, input_ids, attention_mask):
        rows = self.a.embed(input_ids)
        ia, sa, embedding = self.a.forward_rows(rows, attention_mask)
        share = 1.0 / self.n_members
        if self.more_threshold is None:
            ib, sb = self.others_sum(rows, attention_mask)
            # (A + sum of the others) * 1/n, in this order, as cascade_graph.py computes it.
            intent, slots = (ia + ib) * share, (sa + sb) * share
        else:
            # Three stages, in cascade_graph.py's order: S = A + B; the pair's mean S * 1/2; the
            # mean of all (S + sum of the later members) * 1/n.
            ib, sb = self.others_sum(rows, attention_mask, [self.b])
            ic, sc = self.others_sum(rows, attention_mask, self.others[1:])
            si, ss = ia + ib, sa + sb
            pi, ps = si * 0.5, ss * 0.5
            pair_sure = self._sure(pi, ps, attention_mask, self.more_threshold, self.more_slot_threshold)
            intent = torch.where(pair_sure, pi, (si + ic) * share)
            slots = torch.where(pair_sure.unsqueeze(-1), ps, (ss + sc) * share)
        if self.threshold is not None:
            sure = self._sure(ia, sa, attention_mask, self.threshold, self.slot_threshold)
            intent, slots = torch.where(sure, ia, intent), torch.where(sure.unsqueeze(-1), sa, slots)
        if self.bag is not None:
            intent = (intent + self.bag(input_ids, attention_mask) * self.bag_weight) * (1.0 / self.bag_temperature)
        return intent, slots, embedding

    def attach_bag(self, bag, weight, temperature=1.0):
        """Add an intent-only member (bag.py BagNLU, weights model.bag.*): every row's intent logits
        become (the cascade's + `weight` x the bag's) / `temperature`, after the cascade, which it
        does not steer (the slots, the embedding and which members run stay as they were). The
        softmax of the sum is the product of the two distributions, the bag's raised to `weight`,
        normalized: sharper than either where they agree, so the temperature brings the confidence
        the dialogue reads (its 0.3 and 0.5 thresholds) back to what the encoders gave (selected on
        dev by the log-likelihood; it moves no argmax)."""
        self.bag = bag
        self.bag_weight = float(weight)
        self.bag_temperature = float(temperature)
        return self


def count_params(model):
    emb = model.embed.weight.numel()
    total = sum(p.numel() for p in model.parameters())
    return total, emb
