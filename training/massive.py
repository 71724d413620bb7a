"""MASSIVE 1.1 reading, word splitting and word labels, exactly as docs/EVALUATION.md says.

Reads a directory of `<locale>.jsonl[.gz]` files, the official `1.1/data/<locale>.jsonl`
layout, or a single file. Everything that turns a record into words + labels lives here so the
training data, the evaluation and the TypeScript runtime (src/nlu/words.ts) agree.
"""
import gzip
import json
import os
import unicodedata

CHAR_SPLIT_LOCALES = ("ja-JP", "zh-CN", "zh-TW")
OTHER = "Other"
REQUIRED = ("id", "locale", "partition", "intent", "utt", "annot_utt")


class MassiveFormatError(ValueError):
    """A record that cannot be read; the message names the file and line."""


def _open(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def locale_files(path):
    """Map locale -> file for a directory (either layout) or a single JSONL file."""
    if os.path.isfile(path):
        name = os.path.basename(path).split(".")[0]
        return {name: path}
    for cand in (path, os.path.join(path, "data"), os.path.join(path, "1.1", "data")):
        if not os.path.isdir(cand):
            continue
        files = {}
        for f in sorted(os.listdir(cand)):
            if f.endswith(".jsonl") or f.endswith(".jsonl.gz"):
                files.setdefault(f.split(".")[0], os.path.join(cand, f))
        if files:
            return files
    raise FileNotFoundError(f"no MASSIVE .jsonl or .jsonl.gz files under {path}")


def read_records(path, partitions=None, locales=None):
    """Yield records from a file or directory; `partitions`/`locales` filter when given."""
    for loc, fpath in locale_files(path).items():
        if locales and loc not in locales:
            continue
        with _open(fpath) as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise MassiveFormatError(f"{fpath}:{lineno}: not valid JSON ({e.msg})") from None
                missing = [k for k in REQUIRED if not isinstance(rec.get(k), str)]
                if missing:
                    raise MassiveFormatError(f"{fpath}:{lineno}: missing or non-string field(s) {missing}")
                if partitions and rec["partition"] not in partitions:
                    continue
                if locales and rec["locale"] not in locales:
                    continue
                try:
                    rec["words"], rec["word_labels"] = words_and_labels(rec["annot_utt"], rec["locale"])
                except ValueError as e:
                    raise MassiveFormatError(f"{fpath}:{lineno}: {e}") from None
                rec["scenario"] = rec.get("scenario") or rec["intent"].split("_")[0]
                yield rec


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def split_words(text, locale):
    """Words of a plain utterance: whitespace split; per character for ja/zh non-ASCII chunks."""
    if locale not in CHAR_SPLIT_LOCALES:
        return text.split()
    out = []
    for chunk in text.split():
        out.extend([chunk] if _is_ascii(chunk) else list(chunk))
    return out


def words_and_labels(annot_utt, locale):
    """Words and one label per word from `annot_utt` (the reference walk of EVALUATION.md)."""
    words, labels = [], []
    label = OTHER
    chunks = annot_utt.split()
    i = 0
    char_split = locale in CHAR_SPLIT_LOCALES
    while i < len(chunks):
        chunk = chunks[i]
        if chunk.startswith("["):
            label = chunk[1:]
            if not label:
                raise ValueError(f"empty slot label in {annot_utt!r}")
            i += 2  # skip the ':' chunk
            continue
        closes = chunk.endswith("]")
        if closes:
            chunk = chunk[:-1]
        if char_split and not _is_ascii(chunk):
            for c in chunk:
                words.append(c)
                labels.append(label)
        elif chunk:
            words.append(chunk)
            labels.append(label)
        if closes:
            label = OTHER
        i += 1
    return words, labels


def normalize(text):
    """The tokenizer's normalizer (NFKC, then lowercase), mirrored by tokenizer.json."""
    return unicodedata.normalize("NFKC", text).lower()
