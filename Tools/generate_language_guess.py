#!/usr/bin/env python3
"""Generates Sources/VigilSentiment/LanguageGuessTables.swift: the language guesser's tables.

usage: Tools/generate_language_guess.py
Reads Tools/language/stopwords/<lang>.txt (function words, one per line) and the endings and
letters below. Weights are in units where a function word of one language alone is 16; a word
in several languages' lists splits its 16 between them by how often each uses it in
Tools/language/train.tsv (Tatoeba sentences; the tests' held-out set is another split).
Lanes: en es de fr it pt nl, other-script.
"""
import os, re
from collections import Counter

LANES = ["en", "es", "de", "fr", "it", "pt", "nl", "script"]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "VigilSentiment", "LanguageGuessTables.swift")
FNV_OFFSET, FNV_PRIME = 2166136261, 16777619

def fnv(data):
    h = FNV_OFFSET
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & 0xFFFFFFFF
    return h

def fold(word):
    return word.lower().replace("\u2019", "'")

def pack(weights):
    value = 0
    for lane, w in weights.items():
        w = max(0, min(255, int(round(w))))
        value |= w << (8 * LANES.index(lane))
    return value

# Words: function words from the stop-word lists.
words = {}
for lane in LANES[:7]:
    path = os.path.join(HERE, "language", "stopwords", f"{lane}.txt")
    for line in open(path, encoding="utf-8"):
        word = fold(line.strip())
        if not word or word.startswith("#"):
            continue
        words.setdefault(word, set()).add(lane)

# Elisions are words of their own: the guesser looks them up when it meets the apostrophe.
ELISIONS = {"l'": {"fr": 10, "it": 6}, "d'": {"fr": 12, "it": 4}, "j'": {"fr": 16}, "n'": {"fr": 14}, "qu'": {"fr": 16},
            "c'": {"fr": 16}, "s'": {"fr": 12}, "m'": {"fr": 14}, "t'": {"fr": 12}, "jusqu'": {"fr": 16}, "lorsqu'": {"fr": 16},
            "dell'": {"it": 16}, "un'": {"it": 16}, "all'": {"it": 16}, "nell'": {"it": 16}, "dall'": {"it": 16}, "sull'": {"it": 16}}

# Endings (the last 3 or 4 bytes of a word of at least 5 or 6 bytes), as UTF-8.
ENDINGS = {
    "ing": {"en": 10}, "ness": {"en": 12}, "ful": {"en": 8}, "ght": {"en": 10}, "ould": {"en": 12}, "ally": {"en": 10},
    "ión": {"es": 14}, "ados": {"es": 8, "pt": 8}, "adas": {"es": 8, "pt": 8}, "idad": {"es": 16}, "ando": {"es": 6, "it": 4, "pt": 6},
    "ung": {"de": 14}, "heit": {"de": 16}, "keit": {"de": 16}, "lich": {"de": 14}, "chen": {"de": 10}, "sch": {"de": 8},
    "igen": {"de": 10}, "isch": {"de": 12}, "ngen": {"de": 10},
    "eux": {"fr": 12}, "euse": {"fr": 14}, "ment": {"fr": 8, "en": 4}, "ait": {"fr": 10}, "ient": {"fr": 8}, "ée": {"fr": 12},
    "ées": {"fr": 14}, "oir": {"fr": 8}, "eur": {"fr": 10}, "ique": {"fr": 8}, "ais": {"fr": 8}, "ère": {"fr": 10},
    "ità": {"it": 16}, "ione": {"it": 10}, "etto": {"it": 10}, "zza": {"it": 10}, "ggi": {"it": 10}, "gli": {"it": 8},
    "ão": {"pt": 16}, "ões": {"pt": 16}, "lho": {"pt": 10}, "nho": {"pt": 10},
    "lijk": {"nl": 16}, "ijk": {"nl": 14}, "aar": {"nl": 8}, "oor": {"nl": 8}, "tje": {"nl": 10}, "ijn": {"nl": 14},
}

# Accented letters: the second byte of a two-byte UTF-8 sequence starting 0xC3, folded to lower case.
LETTERS = {
    "ñ": {"es": 16}, "ß": {"de": 20}, "ä": {"de": 12}, "ö": {"de": 12}, "ü": {"de": 10},
    "ç": {"fr": 8, "pt": 8}, "è": {"fr": 8, "it": 8}, "ê": {"fr": 8, "pt": 6}, "à": {"fr": 6, "it": 6, "pt": 4},
    "ù": {"fr": 8, "it": 4}, "â": {"fr": 8, "pt": 6}, "î": {"fr": 10}, "ô": {"fr": 8, "pt": 6}, "ë": {"fr": 6, "nl": 8},
    "ï": {"fr": 8, "nl": 6}, "û": {"fr": 10}, "á": {"es": 6, "pt": 6}, "í": {"es": 6, "pt": 4}, "ó": {"es": 6, "pt": 4},
    "ú": {"es": 6, "pt": 4}, "é": {"fr": 4, "es": 3, "pt": 3, "it": 1}, "ã": {"pt": 16}, "õ": {"pt": 16},
    "ì": {"it": 10}, "ò": {"it": 10},
}

# How often each language uses each word, per token, from the training sentences.
usage = {lane: Counter() for lane in LANES[:7]}
for line in open(os.path.join(HERE, "language", "train.tsv"), encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 4 or parts[1] not in usage:
        continue
    for token in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", fold(parts[3])):
        usage[parts[1]][token] += 1
totals = {lane: max(1, sum(counts.values())) for lane, counts in usage.items()}

def split_weight(word, langs):
    """16 shared among the languages listing the word, by their rate of use (plus a floor)."""
    rates = {lane: usage[lane][word] / totals[lane] + 0.0005 for lane in langs}
    total = sum(rates.values())
    return {lane: 16 * rate / total for lane, rate in rates.items()}

entries = {}
def put(key_bytes, weights, what):
    h = fnv(key_bytes)
    assert h != 0, what
    if h in entries:
        raise SystemExit(f"hash collision at {what}")
    entries[h] = pack(weights)

for word, langs in sorted(words.items()):
    put(word.encode(), split_weight(word, langs), word)
for word, weights in ELISIONS.items():
    if fnv(word.encode()) in entries:
        del entries[fnv(word.encode())]
    put(word.encode(), weights, word)
for ending, weights in ENDINGS.items():
    data = ending.encode()
    assert len(data) in (3, 4), ending
    put(bytes([len(data)]) + data, weights, ending)

size = 1
while size < len(entries) * 2:
    size *= 2
keys, values = [0] * size, [0] * size
for h, v in entries.items():
    slot = h & (size - 1)
    while keys[slot] != 0:
        slot = (slot + 1) & (size - 1)
    keys[slot], values[slot] = h, v

latin1 = [0] * 64
for letter, weights in LETTERS.items():
    data = letter.encode()
    assert len(data) == 2 and data[0] == 0xC3, letter
    latin1[data[1] & 0x3F] = pack(weights)

def rows(values, per_line, fmt):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("        " + ", ".join(fmt(v) for v in values[i:i + per_line]) + ",")
    return "\n".join(lines)

swift = f"""// Generated by Tools/generate_language_guess.py from Tools/language (see its SOURCES.md); do not edit.
// {len(words)} function words, {len(ELISIONS)} elisions, {len(ENDINGS)} endings in a table of {size} slots.

import VigilCore

enum LanguageGuessTables {{
    static let fnvOffset = FNV1a.offset32  // {FNV_OFFSET}
    static let fnvPrime = FNV1a.prime32  // {FNV_PRIME}

    /// The weights for a word's (or an ending's) FNV-1a hash, eight 8-bit lanes.
    @inline(__always) static func lookup(_ hash: UInt32) -> UInt64? {{
        var slot = Int(hash) & {size - 1}
        while true {{
            let key = keys[slot]
            if key == hash {{ return values[slot] }}
            if key == 0 {{ return nil }}
            slot = (slot + 1) & {size - 1}
        }}
    }}

    /// The hash of an ending: its byte count, then its last `bytes` bytes (`tail`'s low bytes, oldest first).
    @inline(__always) static func endingHash(_ tail: UInt32, bytes: Int) -> UInt32 {{
        var hash = (fnvOffset ^ UInt32(bytes)) &* fnvPrime
        var shift = (bytes - 1) * 8
        while shift >= 0 {{
            hash = (hash ^ ((tail >> UInt32(shift)) & 0xFF)) &* fnvPrime
            shift -= 8
        }}
        return hash
    }}

    static let ligatureOE: UInt64 = {pack({"fr": 16})}
    static let invertedMarks: UInt64 = {pack({"es": 16})}
    static let otherScript: UInt64 = {pack({"script": 8})}

    /// Latin-1 letters by their second UTF-8 byte's low six bits (after 0xC3, folded to lower case).
    static let latin1Letters: [UInt64] = [
{rows(latin1, 4, lambda v: f"0x{v:016X}")}
    ]

    static let keys: [UInt32] = [
{rows(keys, 8, lambda v: f"0x{v:08X}")}
    ]

    static let values: [UInt64] = [
{rows(values, 4, lambda v: f"0x{v:016X}")}
    ]
}}
"""
open(OUT, "w").write(swift)
print(f"wrote {OUT}: {len(entries)} entries in {size} slots")
