"""The key that ties a teacher's soft label to a training record, whatever order or run it is in.

A record is its locale and its token ids: the same sentence in another run's data.pt (after
the synthetic templates grew, say) finds its label, and a record the teacher never saw finds
none and trains on its gold label alone. 64 bits: a collision among ~650k keys is unlikely
(about 1 in 10^7) and would only hand one record a neighbour's soft label.
"""
import hashlib

import numpy as np


def record_key(locale: str, ids) -> int:
    text = locale + "\t" + " ".join(str(int(i)) for i in ids)
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def record_keys(records, locales):
    return np.array([record_key(locales[r["locale"]], r["ids"]) for r in records], dtype=np.uint64)
