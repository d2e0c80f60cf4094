#!/usr/bin/env python3
"""Writes Tests/VigilModerationTests/Labelled/*.tsv: held-out labelled samples for the moderation
detectors, drawn with a fixed seed from public sets whose licences allow it (see SOURCES.md
there). The detectors were never tuned on these files; `vigil-bench moderation` reports their
precision and recall, and the test suite holds a floor under them.

    python3 Tools/moderation/make_labelled_sets.py [--mirror /work/.mirror]

Each repository is read with `git show` at the commit named below (fetch it first).
"""
import argparse
import csv
import io
import os
import random
import subprocess
import zipfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
OUT = os.path.join(ROOT, 'Tests', 'VigilModerationTests', 'Labelled')
PER_CLASS = 150


def show(mirror, repo, path):
    return subprocess.run(['git', '-C', os.path.join(mirror, repo, 'repo'), 'show', 'HEAD:' + path],
                          capture_output=True, check=True).stdout


def sample(items, seed):
    rng = random.Random(seed)
    positive = [t for label, t in items if label == 1]
    negative = [t for label, t in items if label == 0]
    rng.shuffle(positive)
    rng.shuffle(negative)
    rows = [(1, t) for t in positive[:PER_CLASS]] + [(0, t) for t in negative[:PER_CLASS]]
    rng.shuffle(rows)
    return rows


def write(name, rows):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as out:
        for label, text in rows:
            out.write(f"{label}\t{' '.join(text.split())}\n")
    print(f'{name}: {len(rows)} rows, {sum(l for l, _ in rows)} positive')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--mirror', default='/work/.mirror')
    mirror = parser.parse_args().mirror
    # GermEval 2018 (CC BY 4.0): the test split; OFFENSE (abuse, insult, profanity) is positive.
    text = show(mirror, 'uds-lsv+GermEval-2018-Data', 'germeval2018.test.txt').decode('utf-8')
    items = [(1 if f[1] == 'OFFENSE' else 0, f[0].replace('|LBR|', ' ')) for f in (l.split('\t') for l in text.splitlines()) if len(f) == 3]
    write('de-abuse-germeval2018.tsv', sample(items, 1))
    # MLMA hate speech (MIT), French: any label but "normal" is positive (the README's rule).
    archive = zipfile.ZipFile(io.BytesIO(show(mirror, 'HKUST-KnowComp+MLMA_hate_speech', 'hate_speech_mlma.zip')))
    name = next(n for n in archive.namelist() if n.endswith('fr_dataset.csv'))
    rows = csv.DictReader(io.StringIO(archive.read(name).decode('utf-8')))
    write('fr-abuse-mlma.tsv', sample([(0 if r['sentiment'] == 'normal' else 1, r['tweet']) for r in rows], 2))
    # Multilingual HateCheck (CC BY 4.0), Spanish: synthetic test cases, hateful or not.
    rows = csv.DictReader(io.StringIO(show(mirror, 'rewire-online+multilingual-hatecheck', 'MHC Final Cases/hatecheck_cases_final_spanish.csv').decode('utf-8')))
    write('es-abuse-hatecheck.tsv', sample([(1 if r['label_gold'] == 'hateful' else 0, r['test_case']) for r in rows], 3))
    # Davidson et al. 2017 (MIT): hate speech or offensive is positive, "neither" negative.
    rows = csv.DictReader(io.StringIO(show(mirror, 't-davidson+hate-speech-and-offensive-language', 'data/labeled_data.csv').decode('utf-8')))
    write('en-abuse-davidson.tsv', sample([(0 if r['class'] == '2' else 1, r['tweet']) for r in rows], 4))


if __name__ == '__main__':
    main()
