"""Baseline for `vigil-bench report`: the tables of `vigil report --period month` done with
pandas groupbys over the same month exported as CSV. Prints the seconds it took (read included,
interpreter start-up excluded). Covers volume by day and platform, shares by platform, kind and
language, reach, sentiment by day, platform and language, top posts and authors, repeat
complainers, and first-reply buckets, median and p90 by person, platform and language.
It does not do business hours, rising terms or the rules' incidents, which Vigil also does."""
import sys
import time

start = time.perf_counter()
import pandas as pd  # noqa: E402

mentions = pd.read_csv(sys.argv[1], dtype={"id": str, "text": str})
replies = pd.read_csv(sys.argv[2], dtype={"id": str})
mentions["created"] = pd.to_datetime(mentions["created_at"], unit="s", utc=True)
mentions["day"] = mentions["created"].dt.floor("D")
tables = {}
tables["volume"] = mentions.groupby(["day", "platform"]).size().unstack(fill_value=0)
tables["platform"] = mentions.groupby("platform").agg(n=("id", "size"), reach=("followers", "sum"))
tables["kind"] = mentions["kind"].value_counts(normalize=True)
tables["lang"] = mentions["lang"].value_counts(normalize=True)
for key in ["day", "platform", "lang"]:
    tables["sentiment_" + key] = pd.crosstab(mentions[key], mentions["sentiment"], normalize="index")
mentions["engagement"] = mentions["likes"] + mentions["shares"] + mentions["replies"]
tables["top_posts"] = mentions.nlargest(10, "engagement")
mentions["negative"] = mentions["sentiment"] == "negative"
authors = mentions.groupby(["platform", "author"]).agg(followers=("followers", "max"), n=("id", "size"), negative=("negative", "sum"))
tables["top_authors"] = authors.nlargest(10, "followers")
tables["repeaters"] = authors[authors["negative"] >= 2].nlargest(10, "negative")
needed = mentions[(mentions["kind"] != "post") & ((mentions["sentiment"] == "negative") | mentions["text"].str.contains("?", regex=False))]
merged = needed.merge(replies, on=["id", "platform"], how="left")
merged["wait_h"] = (merged["replied_at"] - merged["created_at"]) / 3600
merged["bucket"] = pd.cut(merged["wait_h"], [0, 1, 4, 8, 24, float("inf")], right=False).cat.add_categories("never").fillna("never")
tables["buckets"] = merged["bucket"].value_counts()
for key in ["who", "platform", "lang"]:
    tables["response_" + key] = merged.groupby(key)["wait_h"].quantile([0.5, 0.9]).unstack()
print(time.perf_counter() - start)
