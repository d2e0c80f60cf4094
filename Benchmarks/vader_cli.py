#!/usr/bin/env python3
"""The whole-process baseline of `vigil-bench e2e` for `vigil sentiment`: vaderSentiment over one
text per line from standard input, printing label<TAB>compound as `vigil sentiment` does."""
import sys
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
a = SentimentIntensityAnalyzer()
out = sys.stdout
for line in sys.stdin:
    s = a.polarity_scores(line.rstrip('\n'))
    c = s['compound']
    out.write(('positive' if c >= 0.05 else 'negative' if c <= -0.05 else 'neutral') + '\t%.4f\n' % c)
