#!/usr/bin/env python3
"""The review kit of docs/reviews (REVIEW.md of wikinews-events-2019): one script for every review,
so that a review folder keeps only its seed, its sample ids and its verdicts.

  python3 scripts/review.py sample SEED DIR [--shared ../shared]
      30 fresh articles: 15 BBC politics (coded as of 2005-01-01) and 15 Reuters-21578 stories of
      1,500 characters or more, none in an earlier review (docs/reviews/*/review.json), drawn with
      SEED; writes DIR/sample.jsonl and DIR/ids.json.
  (then: java -jar core/target/dateline.jar code --threads 2 --out DIR/coded.jsonl DIR/sample.jsonl)
  python3 scripts/review.py rebuild REVIEW_JSON DIR [--shared ../shared]
      The sample of an earlier review again, from the ids its review.json keeps (Wikinews, BBC and
      Reuters articles, read as when they were drawn); writes DIR/sample.jsonl and DIR/ids.json.
  python3 scripts/review.py batches DIR N
      DIR/batch-1.json ... batch-N.json: the articles with their news events, for N reviewers.
  python3 scripts/review.py prompts DIR N
      DIR/prompt-1.md ... prompt-N.md: scripts/review-prompt.md for each batch, one per reviewer
      session ("Read the file DIR/prompt-K.md and do exactly what it says").
  python3 scripts/review.py tally DIR
      Adds up DIR/review-*.json: events real, real with the right root, fully right; key-event recall.
"""
import glob
import html
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REVIEWS = os.path.join(HERE, "..", "docs", "reviews")
MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}


def reviewed():
    ids = set()
    for f in glob.glob(os.path.join(REVIEWS, "*", "review.json")):
        ids |= set(json.load(open(f)).get("sample_ids", []))
    return ids


def bbc(shared, prev):
    out = []
    for f in sorted(glob.glob(os.path.join(shared, "corpora", "bbc-news-2225", "politics", "*.txt"))):
        lines = open(f, encoding="latin-1").read().strip().split("\n")
        text = "\n\n".join(l.strip() for l in lines[1:] if l.strip())
        art = {"id": "bbc-pol-" + os.path.basename(f)[:-4], "date": "2005-01-01", "source": "BBC",
               "title": lines[0].strip(), "text": text}
        if art["id"] not in prev:
            out.append(art)
    return out


def wikinews(shared):
    with open(os.path.join(shared, "eval", "wikinews-events-2019", "articles.jsonl")) as f:
        return [json.loads(line) for line in f]


def reuters(shared, prev, shortest=1500):
    out = []
    for f in sorted(glob.glob(os.path.join(shared, "corpora", "reuters-21578", "reut2-*.sgm"))):
        raw = open(f, encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', raw, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m.group(2), re.S)
            date = re.search(r"<DATE>\s*(\d+)-(\w+)-(\d+)", m.group(2))
            title = re.search(r"<TITLE>(.*?)</TITLE>", m.group(2), re.S)
            if not body or not date or "reut-" + m.group(1) in prev:
                continue
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            text = re.sub(r"\s*Reuter\s*$", "", text)
            text = "\n\n".join(re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s{3,}", text) if p.strip())
            if len(text) < shortest:
                continue
            month = MONTHS[date.group(2).upper()]
            out.append({"id": "reut-" + m.group(1), "date": f"{date.group(3)}-{month:02d}-{int(date.group(1)):02d}",
                        "source": "Reuters", "title": html.unescape(title.group(1)).strip() if title else "", "text": text})
    return out


def sample(seed, d, shared):
    prev = reviewed()
    random.seed(seed)
    # the order of the draws is part of the seed's meaning: BBC first, then Reuters
    chosen = random.sample(bbc(shared, prev), 15)
    chosen += random.sample(reuters(shared, prev), 15)
    write(d, chosen)


def rebuild(review, d, shared):
    ids = json.load(open(review))["sample_ids"]
    every = {a["id"]: a for a in wikinews(shared) + bbc(shared, set()) + reuters(shared, set(), 0)}
    missing = [i for i in ids if i not in every]
    if missing:
        sys.exit(f"{review}: {len(missing)} ids not found under {shared}: {missing[:5]}")
    write(d, [every[i] for i in ids])


def write(d, chosen):
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "sample.jsonl"), "w") as f:
        for a in chosen:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    json.dump([a["id"] for a in chosen], open(os.path.join(d, "ids.json"), "w"))
    print(len(chosen), "articles ->", d)


def evidence_sentence(text, start, end):
    cuts = [(text.rfind(m, 0, start), m) for m in ("\n", ". ", "? ", "! ")]
    a = max([0] + [c + (1 if m == "\n" else 2) for c, m in cuts if c >= 0])
    after = [x for x in (text.find(". ", end), text.find("\n", end), text.find("? ", end)) if x >= 0]
    return text[a:(min(after) + 1 if after else len(text))].strip()


def batches(d, n):
    coded = {c["id"]: c for c in map(json.loads, open(os.path.join(d, "coded.jsonl")))}
    arts = [coded[i] for i in json.load(open(os.path.join(d, "ids.json"))) if i in coded]

    def actor(a):
        return {k: a.get(k) for k in ("text", "code", "country", "sector")}
    out = []
    for c in arts:
        evs = []
        for e in c["events"]:
            if e.get("negated") or e.get("modality") in ("hypothetical", "conditional", "future"):
                continue
            ev = e["evidence"]
            evs.append({"id": e["id"], "cameo": e["cameo"], "plover": e["plover"]["type"],
                        "source": [actor(x) for x in e["source"]], "target": [actor(x) for x in e["target"]],
                        "date": e.get("date"), "place": (e.get("location") or {}).get("name"),
                        "modality": e.get("modality"), "negated": e.get("negated"),
                        "sentence": evidence_sentence(c["text"], ev["start"], ev["end"]), "evidence": ev["text"],
                        "trigger": ev.get("trigger")})
        out.append({"id": c["id"], "date": c["date"], "title": c.get("title"), "url": c.get("url"), "text": c["text"],
                    "events": evs})
    size = (len(out) + n - 1) // n
    for i in range(n):
        part = out[i * size:(i + 1) * size]
        json.dump(part, open(os.path.join(d, f"batch-{i + 1}.json"), "w"), indent=1, ensure_ascii=False)
        print(i + 1, len(part), "articles,", sum(len(a["events"]) for a in part), "events")


def prompts(d, n):
    template = open(os.path.join(HERE, "review-prompt.md")).read()
    d = os.path.abspath(d)
    for i in range(1, n + 1):
        text = template.replace("BATCH", os.path.join(d, f"batch-{i}.json")).replace("OUT", os.path.join(d, f"review-{i}.json"))
        open(os.path.join(d, f"prompt-{i}.md"), "w").write(text)
    print(n, "prompts in", d)


def tally(d):
    arts = []
    for f in sorted(glob.glob(os.path.join(d, "review-*.json"))):
        arts += json.load(open(f))

    def line(arts):
        ev = [e for a in arts for e in a["events"]]
        n = max(len(ev), 1)
        real = sum(1 for e in ev if e["real"])
        root = sum(1 for e in ev if e["real"] and e["type"] in ("exact", "root"))
        full = sum(1 for e in ev if e["real"] and e["type"] in ("exact", "root") and e["source"] == "ok"
                   and e["target"] in ("ok", "na"))
        key = sum(a["key_events"] for a in arts)
        found = sum(a["key_found"] for a in arts)
        return (f"{len(arts)} articles, {len(ev)} events: real {real} ({real / n:.0%}), right root {root} ({root / n:.0%}), "
                f"fully right {full} ({full / n:.0%}); key {key}, found {found} (recall {found / max(key, 1):.2f})")
    print("all:", line(arts))
    print("bbc:", line([a for a in arts if a["id"].startswith("bbc")]))
    print("reuters:", line([a for a in arts if a["id"].startswith("reut")]))


def main(argv):
    shared = argv[argv.index("--shared") + 1] if "--shared" in argv else os.path.join(HERE, "..", "..", "shared")
    if len(argv) >= 3 and argv[0] == "sample":
        sample(int(argv[1]), argv[2], shared)
    elif len(argv) >= 3 and argv[0] == "rebuild":
        rebuild(argv[1], argv[2], shared)
    elif len(argv) == 3 and argv[0] == "batches":
        batches(argv[1], int(argv[2]))
    elif len(argv) == 3 and argv[0] == "prompts":
        prompts(argv[1], int(argv[2]))
    elif len(argv) == 2 and argv[0] == "tally":
        tally(argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
