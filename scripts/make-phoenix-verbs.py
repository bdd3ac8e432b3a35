#!/usr/bin/env python3
"""Builds core/src/main/resources/dateline/coding/phoenix-verbs.tsv from the Phoenix CAMEO 2.0
verb dictionary (PETRARCH format, MIT licence) in ../shared/reference/phoenix/CAMEO.2.0.txt.

Usage: python3 scripts/make-phoenix-verbs.py [SHARED_DIR]

Kept, as facts of what a phrasal verb means: each phrasal verb of a synonym block whose block (or
the verb itself) has a code ("+LASH_OUT" under [111]), and each pattern that adds to a verb only an
adverbial particle, maybe with a preposition ("- * BACK (AT) [111] # HIT" is "hit back at"). A
pattern's "no event" code ([---]) is written as cameo "-": that sense of the verb is no event.
Left out, as measured on wikinews-events-2019 and plover-gsr-cameo (docs/QUALITY.md):
  - bare verbs with their block's code: the code of one sense given to every sense;
  - patterns with an object noun ("- * DEAL [057] # STRIKE") or a bare preposition ("go to",
    "count on"): Dateline reads light verbs with their nouns itself, and a bare preposition follows
    most verbs in some sense;
  - patterns that need an actor, a synonym set (&TREATY) or words before the verb; codes that no
    PLOVER type has (010, 014, 017); codes given as source:target pairs.
"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared")
src = os.path.join(shared, "reference", "phoenix", "CAMEO.2.0.txt")
resources = os.path.join(here, "..", "core", "src", "main", "resources", "dateline")
out = os.path.join(resources, "coding", "phoenix-verbs.tsv")

# particles and prepositions a phrasal verb takes; anything else after the verb is an object noun
PARTICLES = {"OUT", "BACK", "UP", "DOWN", "OFF", "ON", "IN", "OVER", "AWAY", "AT", "AGAINST", "WITH", "FOR",
             "TO", "FROM", "INTO", "ABOUT", "AROUND", "THROUGH", "BY", "ACROSS", "AHEAD", "APART", "ASIDE",
             "ALONG", "ALONGSIDE", "FORWARD", "TOGETHER", "UNDER", "BEHIND", "ONTO", "UPON"}
ADVERBIAL = {"OUT", "BACK", "UP", "DOWN", "OFF", "AWAY", "OVER", "APART", "ASIDE", "TOGETHER", "AHEAD", "FORWARD"}
PREPOSITIONS = PARTICLES - ADVERBIAL
# Phrasal verbs whose synonym block gives a sense CAMEO does not define them by (read against
# CAMEO's code definitions when the file was made); each is left out.
WRONG_SENSE = {
    ("find", "out"): "learn, not consult (040)", ("go", "away"): "leave, not consult (040)",
    ("pull", "out"): "withdraw, not consult (040)", ("walk", "out"): "leave in protest, not consult (040)",
    ("beef", "up"): "strengthen, not expel (174)", ("break", "away"): "secede, not threaten (130)",
    ("break", "off"): "end relations or talks, not threaten (130)", ("talk", "over"): "discuss, not yield (080)",
    ("step", "up"): "intensify anything, not cooperate (060)", ("drum", "up"): "seek support, not show force (150)",
    ("pull", "together"): "unite, not show force (150)", ("push", "ahead"): "continue, not coerce (170)",
    ("hash", "out"): "negotiate, not yield (080)", ("stamp", "out"): "end (crime, disease), not force (190)",
    ("fight", "down"): "suppress a feeling, not force (190)", ("square", "off"): "a contest, often of words (190)",
    ("get", "out"): "leave, not yield (080)", ("glance", "over"): "read, not investigate (090)",
    ("take", "over"): "succeed to an office as often as seize (171)", ("threw", "out"): "an inflected form, not a lemma",
    ("gear", "up"): "prepare, not intend (030)",
}
# words after a verb that are neither particle nor object: conjunctions, pronouns, determiners
NOT_OBJECTS = {"IF", "AS", "THAT", "WHEN", "WHILE", "NOT", "NO", "THE", "A", "AN", "ITS", "HIS", "HER", "THEIR",
               "IT", "HIM", "THEM", "AND", "OR", "BUT", "WHO", "WHICH", "THIS", "THESE", "THOSE", "SINCE", "ALL"}


def load_codes():
    """CAMEO codes with a PLOVER type, from Dateline's own codebook."""
    codes = set()
    with open(os.path.join(resources, "codebook", "cameo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 4 and cols[4]:
                codes.add(cols[0])
    return codes


def code_of(text):
    m = re.search(r"\[([^\]]*)\]", text)
    return m.group(1).strip() if m else None


def usable(code, codes):
    if code is None or ":" in code:
        return None
    if code == "---":
        return "-"
    return code if code in codes else None


def member(line):
    """(lemma, particle) of a block's member line, or None."""
    word = line.split("#")[0].split("{")[0].split("[")[0].strip()
    if not word or " " in word:
        return None
    word = word.lstrip("+")
    parts = word.split("_")
    if len(parts) == 1 and re.fullmatch(r"[A-Z]+", parts[0]):
        return parts[0].lower(), ""
    if len(parts) == 2 and re.fullmatch(r"[A-Z]+", parts[0]) and parts[1] in ADVERBIAL and parts[0] != "RE":
        return parts[0].lower(), parts[1].lower()
    return None


def pattern(line):
    """(particle, code text) of a pattern that adds one particle or one object noun, or None."""
    body, _, comment = line[1:].partition("#")
    code = code_of(body)
    words = body.split("[")[0].replace("(", " ").replace(")", " ").split()
    verbs = [v.strip() for v in comment.split(",") if v.strip()]
    if not verbs or not words or words[0] != "*":
        return None
    verb = verbs[0].split()[0]
    if not re.fullmatch(r"[A-Z]+", verb):
        return None
    rest = words[1:]
    if any(not re.fullmatch(r"[A-Z]+", w) or w in NOT_OBJECTS for w in rest):
        return None
    # a bare preposition ("go to", "count on") follows most verbs in some sense; an adverbial
    # particle ("hit out", "lash back") or an object noun ("strike a deal") marks the reading
    if len(rest) == 1 and rest[0] in ADVERBIAL or (len(rest) == 2 and rest[0] in ADVERBIAL and rest[1] in PARTICLES):
        return verb.lower(), rest[0].lower(), code
    return None


def main():
    codes = load_codes()
    rows = {}
    block = None
    with open(src, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("---"):
                m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
                block = m.group(2).strip() if m else None
                continue
            if not line.strip() or line.startswith("#") or block is None:
                continue
            if line.startswith("-"):
                p = pattern(line)
                if p is None:
                    continue
                lemma, particle, code = p
                c = usable(code, codes)
                if c is not None:
                    rows.setdefault((lemma, particle), (c, "pattern: " + lemma.upper() + " " + particle.upper()))
                continue
            m = member(line)
            if m is None:
                continue
            c = usable(code_of(line.split("#")[0]) or block, codes)
            # a bare verb's block code was measured and left out: it codes every sense of the
            # verb (wikinews type F1 0.440 -> 0.352); a phrasal verb names one sense
            if c is not None and c != "-" and m[1]:
                rows.setdefault(m, (c, "synonym block [" + block + "]"))
    for key in WRONG_SENSE:
        rows.pop(key, None)
    with open(out, "w", encoding="utf-8") as w:
        w.write("# Phrasal verbs with the CAMEO code they express, converted from the Phoenix CAMEO 2.0 verb\n")
        w.write("# dictionary (CAMEO.2.0.txt, Open Event Data Alliance, MIT licence) by scripts/make-phoenix-verbs.py,\n")
        w.write("# which says what was kept and left out. particle: the adverbial particle the verb must have.\n")
        w.write("# cameo \"-\": that reading is no event. Read behind predicates.tsv (coding/Predicates): a verb\n")
        w.write("# our own lexicon lists keeps its own entries.\n")
        w.write("lemma\tkind\tparticle\tcameo\tframe\tnote\n")
        for (lemma, particle), (code, note) in sorted(rows.items()):
            w.write(f"{lemma}\tverb\t{particle}\t{code}\t\t{note}\n")
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main()
