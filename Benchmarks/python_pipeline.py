#!/usr/bin/env python3
"""The end-to-end baseline of `vigil-bench e2e`: what a team would script in Python over the
same CSV. pandas.read_csv, vaderSentiment polarity_scores on every text, a keyword match for
crisis words, the results into a fresh SQLite table. Run as a whole process (start-up included).

usage: python_pipeline.py FEED.csv OUT.sqlite
"""
import re
import sqlite3
import sys

import pandas
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

CRISIS = re.compile(r"\b(recall|refund|broken|burn|fire|injur\w*|hack\w*|breach|lawsuit|dangerous|kaputt|roto|rompió|cassé|rückruf)\b", re.I)

frame = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
analyzer = SentimentIntensityAnalyzer()
rows = []
for row in frame.itertuples(index=False):
    compound = analyzer.polarity_scores(row.text)["compound"]
    rows.append((row.id, row.created_at, row.author, row.platform, row.text, compound, bool(CRISIS.search(row.text))))
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE mention (id TEXT PRIMARY KEY, created_at TEXT, author TEXT, platform TEXT, text TEXT, compound REAL, crisis INTEGER)")
db.executemany("INSERT OR REPLACE INTO mention VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
db.commit()
db.close()
