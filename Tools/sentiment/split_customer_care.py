#!/usr/bin/env python3
"""The fixed train/validation/test split of Vigil's customer-care sentiment set.

Each post goes to a split by the SHA-1 of its text (60 % train, 20 % validation, 20 % test), so
the split does not depend on the order of lines or on any result: it was fixed before any model
was trained. Run it to print the counts per language, split and label.
"""
import collections
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DIRECTORY = os.path.join(HERE, '..', '..', 'Tests', 'VigilSentimentTests', 'CustomerCare')
LANGUAGES = ['en', 'es', 'de', 'fr']


def split_of(text):
    bucket = int(hashlib.sha1(text.encode('utf-8')).hexdigest(), 16) % 10
    return 'train' if bucket < 6 else ('validation' if bucket < 8 else 'test')


def load(language, split=None):
    """(label, kind, text) of one language's posts, in file order, of one split or all."""
    rows = []
    with open(os.path.join(DIRECTORY, language + '.tsv'), encoding='utf-8') as f:
        for line in f:
            label, kind, text = line.rstrip('\n').split('\t')
            if split is None or split_of(text) == split:
                rows.append((label, kind, text))
    return rows


if __name__ == '__main__':
    import sys
    if len(sys.argv) == 4 and sys.argv[1] == '--print':
        # `--print LANGUAGE SPLIT`: that split's lines, as in the file (for vigil-bench).
        for label, kind, text in load(sys.argv[2], sys.argv[3]):
            print('%s\t%s\t%s' % (label, kind, text))
        sys.exit(0)
    for language in LANGUAGES:
        counts = collections.Counter((split_of(t), l) for l, _, t in load(language))
        print(language, ' '.join('%s/%s=%d' % (s, l, counts[(s, l)]) for s in ['train', 'validation', 'test']
                                   for l in ['negative', 'neutral', 'positive']))
