#!/usr/bin/env python3
"""Trains Vigil's learned sentiment model and writes its weights into the package.

    swift build -c release --product vigil-bench
    python3 Tools/sentiment/train.py [--xlmt GITDIR] [--potts GITDIR] [--search]

The model is a multinomial logistic regression over the features `vigil-bench
sentiment-features` prints (Sources/VigilSentiment/Model/ModelFeatures.swift: hashed words,
word pairs, negated words, letter n-grams, the language and the lexicon's scores), so training
reads exactly what Vigil reads at run time. It is fitted by L-BFGS from zero weights: no
randomness, the same weights on every run (numpy and scipy, single-threaded).

Data (see THIRD_PARTY_NOTICES and Tools/sentiment/README.md):
- cardiffnlp/xlm-t @ 874214d, data/sentiment/{english,spanish,german,french}: train split for
  training, val split for choices; the test split is never read here.
- WladimirSidorenko's PotTS German tweets (MIT) as oliverguhr/german-sentiment @ 7057d46 ships
  them, minus any text also in xlm-t's German validation or test split.
- The MIT Hutto 2014 tweets (Tests/VigilSentimentTests/Reference), mean rating ±0.5 for the labels.
- Vigil's own customer-care set (Tests/VigilSentimentTests/CustomerCare): train split for
  training, validation split for choices.

`--search` tries each setting in SETTINGS and keeps the best mean validation accuracy; without
it the chosen setting (CHOSEN) is trained. Writes Sources/CSentimentWeights/SentimentWeights.c,
Sources/VigilSentiment/Model/ShippedModel.swift and Tools/sentiment/validation.json.
"""
import argparse
import json
import os
import re
import subprocess
import sys

os.environ.setdefault('OMP_NUM_THREADS', '1')
os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')
import numpy as np  # noqa: E402
import scipy.optimize  # noqa: E402
import scipy.sparse  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import split_customer_care  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
LANGUAGES = {'en': 'english', 'es': 'spanish', 'de': 'german', 'fr': 'french'}
LABELS = ['negative', 'neutral', 'positive']
XLMT_COMMIT = '874214d64d96599eb869a033c22ec2cc57d19256'
POTTS_COMMIT = '7057d46cc173cfd93023955306cd1bd56e60b225'

# Each setting: letter n-grams ("+lang": words also per language), bucket bits, L2 strength,
# weight of a customer-care example.
# `dense_l2`: the lexicon's and language's features are regularized this much less strongly
# than words and n-grams (which alone can fit the training texts and crowd out the lexicon).
SETTINGS = [
    {'ngrams': ngrams, 'bits': bits, 'l2': l2, 'dense_l2': 0.001, 'care_weight': care}
    for ngrams in ['0+lang', '4-4+lang', '3-5+lang']
    for bits in [16, 17, 18]
    for l2 in [1e-3, 2e-3, 3e-3]
    for care in [1.0, 4.0]
]
CHOSEN = {'ngrams': '0+lang', 'bits': 16, 'l2': 2e-3, 'dense_l2': 0.001, 'care_weight': 4.0}


def git_show(gitdir, commit, path):
    return subprocess.run(['git', '--git-dir', gitdir, 'show', '%s:%s' % (commit, path)],
                          check=True, capture_output=True).stdout.decode('utf-8')


def xlmt(gitdir, language, split):
    folder = 'data/sentiment/' + LANGUAGES[language]
    texts = git_show(gitdir, XLMT_COMMIT, '%s/%s_text.txt' % (folder, split)).split('\n')
    labels = git_show(gitdir, XLMT_COMMIT, '%s/%s_labels.txt' % (folder, split)).split()
    return [(LABELS[int(label)], text) for label, text in zip(labels, texts)]


def normalized(text):
    return re.sub(r'\W+', ' ', text.lower()).strip()


def potts(gitdir, exclude):
    rows = []
    for line in git_show(gitdir, POTTS_COMMIT, 'source-data/PotTS/not-preprocessed/corpus_label_text.tsv').split('\n'):
        if '\t' not in line:
            continue
        label, text = line.split('\t', 1)
        if label in LABELS and normalized(text) not in exclude:
            rows.append((label, text))
    return rows


def hutto():
    rows = []
    path = os.path.join(ROOT, 'Tests', 'VigilSentimentTests', 'Reference', 'hutto2014_tweets_groundtruth.tsv')
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\r\n').split('\t')
            if len(parts) < 3:
                continue
            mean = float(parts[1])
            rows.append(('positive' if mean >= 0.5 else 'negative' if mean <= -0.5 else 'neutral', parts[2]))
    return rows


def features(bench, ngrams, rows):
    """The hashed features of (label, language, text) rows, as printed by vigil-bench."""
    payload = ''.join('%s\t%s\t%s\n' % (label, language, text.replace('\t', ' ').replace('\n', ' '))
                      for label, language, text in rows)
    ngrams, _, language_words = ngrams.partition('+')
    out = subprocess.run([bench, 'sentiment-features', '--ngrams', ngrams, '--language-words', '1' if language_words else '0'],
                         input=payload.encode('utf-8'),
                         check=True, capture_output=True).stdout.decode('utf-8')
    parsed = []
    for line in out.split('\n'):
        if not line:
            continue
        label, rest = line.split('\t', 1)
        pairs = [pair.split(':') for pair in rest.split(' ')] if rest else []
        parsed.append((LABELS.index(label), [(int(p[0], 16), float(p[1]), len(p) > 2) for p in pairs]))
    assert len(parsed) == len(rows), 'vigil-bench dropped rows: %d of %d' % (len(parsed), len(rows))
    return parsed


def matrix(parsed, bits):
    """Rows of bucketed features, and which buckets hold the lexicon's and language's features."""
    mask = (1 << bits) - 1
    indptr, indices, values, labels = [0], [], [], []
    dense = set()
    for label, pairs in parsed:
        for h, v, is_dense in pairs:
            indices.append(h & mask)
            values.append(v)
            if is_dense:
                dense.add(h & mask)
        indptr.append(len(indices))
        labels.append(label)
    x = scipy.sparse.csr_matrix((np.array(values, dtype=np.float64), np.array(indices), np.array(indptr)),
                                shape=(len(parsed), 1 << bits))
    x.sum_duplicates()
    return x, np.array(labels), dense


def fit(x, y, weights, l2):
    """Multinomial logistic regression, weighted mean cross-entropy + ½ Σ l2ᵢ wᵢ², by L-BFGS from 0
    (`l2`: one strength per bucket)."""
    n, d = x.shape
    onehot = np.zeros((n, 3))
    onehot[np.arange(n), y] = 1
    w_sum = weights.sum()
    xt = x.T.tocsr()

    def loss(flat):
        w = flat.reshape(d, 3)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        value = -(weights * (onehot * log_p).sum(axis=1)).sum() / w_sum + 0.5 * (l2[:, None] * w * w).sum()
        gradient = xt @ ((np.exp(log_p) - onehot) * weights[:, None]) / w_sum + l2[:, None] * w
        return value, gradient.ravel()

    result = scipy.optimize.minimize(loss, np.zeros(d * 3), jac=True, method='L-BFGS-B',
                                     options={'maxiter': 1500, 'maxcor': 20})
    print('  L-BFGS: %d iterations, %s' % (result.nit, result.message), file=sys.stderr)
    return result.x.reshape(d, 3)


def quantize(w):
    """Signed bytes times one scale: the 99.99th percentile of |w| maps to 127, larger ones clip."""
    scale = float(np.percentile(np.abs(w), 99.99)) / 127.0
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    return q, np.float32(scale)


def accuracy(q, scale, x, y):
    z = (x @ q.astype(np.float64)).astype(np.float32) * scale
    return float((z.argmax(axis=1) == y).mean())


def load_data(args):
    train, validation = [], {}
    exclude = set()
    for language in LANGUAGES:
        for label, text in xlmt(args.xlmt, language, 'train'):
            train.append((label, 'auto', text, 1.0, 'xlmt'))
        validation['xlm-t ' + language] = [(label, 'auto', text) for label, text in xlmt(args.xlmt, language, 'val')]
        for label, _, text in split_customer_care.load(language, 'train'):
            train.append((label, 'auto', text, None, 'care'))
        validation['care ' + language] = [(label, 'auto', text) for label, _, text in split_customer_care.load(language, 'validation')]
    # The test split's texts are read only to keep them out of the German training data.
    for split in ['val', 'test']:
        exclude.update(normalized(text) for _, text in xlmt(args.xlmt, 'de', split))
    if args.potts:
        for label, text in potts(args.potts, exclude):
            train.append((label, 'auto', text, 1.0, 'potts'))
    for label, text in hutto():
        train.append((label, 'auto', text, 1.0, 'hutto'))
    return train, validation


def evaluate(setting, bench, train, validation, cache):
    key = setting['ngrams']
    if key not in cache:
        cache[key] = (features(bench, key, [(l, g, t) for l, g, t, _, _ in train]),
                      {name: features(bench, key, rows) for name, rows in validation.items()})
    train_features, validation_features = cache[key]
    x, y, dense = matrix(train_features, setting['bits'])
    weights = np.array([setting['care_weight'] if source == 'care' else 1.0 for _, _, _, _, source in train])
    l2 = np.full(x.shape[1], setting['l2'])
    l2[sorted(dense)] = setting['l2'] * setting['dense_l2']
    w = fit(x, y, weights, l2)
    q, scale = quantize(w)
    scores = {}
    for name, parsed in validation_features.items():
        vx, vy, _ = matrix(parsed, setting['bits'])
        scores[name] = accuracy(q, scale, vx, vy)
    return q, scale, scores


def write_weights(q, scale, setting, scores):
    path = os.path.join(ROOT, 'Sources', 'CSentimentWeights', 'SentimentWeights.c')
    padded = np.zeros((q.shape[0], 4), dtype=np.int8)
    padded[:, :3] = q
    flat = padded.ravel()
    with open(path, 'w') as f:
        f.write('// Generated by Tools/sentiment/train.py. Do not edit.\n#include "SentimentWeights.h"\n\n')
        f.write('static const signed char weights[%d] = {\n' % len(flat))
        for start in range(0, len(flat), 64):
            f.write(','.join(str(int(v)) for v in flat[start:start + 64]) + ',\n')
        f.write('};\n\nconst signed char *vigil_sentiment_weights(void) { return weights; }\n')
        f.write('unsigned long vigil_sentiment_weights_count(void) { return sizeof weights; }\n')
    ngrams, _, language_words = setting['ngrams'].partition('+')
    low, high = (int(p) for p in ngrams.split('-')) if '-' in ngrams else (0, 0)
    accuracies = ',\n'.join('        "%s": %.4f' % (name, value) for name, value in sorted(scores.items()))
    swift = '''// Generated by Tools/sentiment/train.py. Do not edit.

/// How the shipped weights (Sources/CSentimentWeights) were trained and what they scored on
/// validation data (never on a test split).
enum ShippedModel {
    static let bucketBits = %d
    static let scale: Float = %r
    static let features = ModelFeatures(ngramMin: %d, ngramMax: %d, wordPairs: true, negation: true, languageWords: %s)
    /// Accuracy on each validation set when trained (language guessed), for the test that the weights load right.
    static let validationAccuracy: [String: Double] = [
%s,
    ]
}
''' % (setting['bits'], float(scale), low, high, 'true' if language_words else 'false', accuracies)
    with open(os.path.join(ROOT, 'Sources', 'VigilSentiment', 'Model', 'ShippedModel.swift'), 'w') as f:
        f.write(swift)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--bench', default=os.path.join(ROOT, '.build', 'release', 'vigil-bench'))
    parser.add_argument('--xlmt', default='/work/.mirror/cardiffnlp+xlm-t/repo', help='git dir of cardiffnlp/xlm-t')
    parser.add_argument('--potts', default='/work/.mirror/oliverguhr+german-sentiment/repo',
                        help="git dir of oliverguhr/german-sentiment ('' to leave PotTS out)")
    parser.add_argument('--search', action='store_true')
    parser.add_argument('--grid', help='a JSON list of settings to search instead of SETTINGS')
    args = parser.parse_args()
    train, validation = load_data(args)
    print('training texts: %d; validation sets: %s' % (len(train), ', '.join('%s %d' % (k, len(v)) for k, v in validation.items())))
    cache = {}
    results = []
    grid = json.loads(args.grid) if args.grid else SETTINGS
    for setting in (grid if args.search or args.grid else [CHOSEN]):
        q, scale, scores = evaluate(setting, args.bench, train, validation, cache)
        mean = sum(scores.values()) / len(scores)
        results.append((mean, setting, q, scale, scores))
        print('%.4f %s %s' % (mean, json.dumps(setting), ' '.join('%s=%.3f' % (k, v) for k, v in sorted(scores.items()))), flush=True)
    mean, setting, q, scale, scores = max(results, key=lambda r: r[0])
    print('chosen: %s (mean validation accuracy %.4f)' % (json.dumps(setting), mean))
    write_weights(q, scale, setting, scores)
    with open(os.path.join(ROOT, 'Tools', 'sentiment', 'validation.json'), 'w') as f:
        json.dump({'setting': setting, 'validation_accuracy': scores,
                   'search': [{'setting': s, 'mean': round(m, 4)} for m, s, _, _, _ in results]}, f, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
