#!/usr/bin/env python3
"""Writes synthetic coded records (JSON Lines, as `dateline code` writes them) of the size and
shape of the store benchmark's 20,275 records, for timing the web interface's queries where
coding the real corpus (about two hours on two cores) is not possible.

Each record gets its own text of random words drawn from the templates' texts (so no two are
near-duplicates), a date spread as the benchmark's corpus is (Reuters-21578: February to October
1987; BBC: 2004-2005), and 0, 1 or 2 events (0.85 on average, as the benchmark's 17,358 mentions
in 20,275 records) copied from the templates' events: actors, codes, Goldstein, PLOVER and place,
with the evidence sentence set into the new text and the date set to the record's.

    ./dateline code samples/ --out samples.jsonl
    python3 scripts/make-bench-store.py samples.jsonl 20275 > synthetic-20k.jsonl
    ./dateline ingest --coded --db synthetic.db synthetic-20k.jsonl
"""
import datetime
import json
import random
import sys


def main():
    templates = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20275
    rng = random.Random(20275)
    words = [w for t in templates for w in t["text"].split() if w.isalpha()]
    events = [e for t in templates for e in t.get("events", []) if e.get("evidence")]
    reuters, bbc = datetime.date(1987, 2, 1), datetime.date(2004, 1, 1)
    for i in range(n):
        old = i < n * 19043 // 20275
        date = reuters + datetime.timedelta(rng.randrange(273)) if old else bbc + datetime.timedelta(rng.randrange(731))
        k = rng.choices([0, 1, 2], weights=[0.35, 0.45, 0.20])[0]
        text, coded = "", []
        for j, template in enumerate(rng.sample(events, k)):
            start = len(text)
            text += template["evidence"]["text"]
            e = dict(template, id="syn-%d-e%d" % (i, j + 1), date=date.isoformat())
            e["evidence"] = dict(template["evidence"], sentence=j, start=start, end=len(text))
            coded.append(e)
            text += " " + " ".join(rng.choice(words) for _ in range(rng.randint(20, 60))) + ".\n\n"
        text += " ".join(rng.choice(words) for _ in range(rng.randint(80, 200))) + "."
        print(json.dumps({"id": "syn-%d" % i, "date": date.isoformat(), "source": "Reuters" if old else "BBC",
                          "title": "Synthetic record %d" % i, "url": None, "text": text, "bodyOffset": 0,
                          "entities": [], "places": [], "times": [], "events": coded}))


if __name__ == "__main__":
    main()
