#!/usr/bin/env python3
"""Builds core/src/main/resources/dateline/knowledge/phoenix-actors.tsv from the Phoenix actor
dictionaries (PETRARCH format, MIT licence) in ../shared/reference/phoenix.

Usage: python3 scripts/make-phoenix-actors.py [SHARED_DIR] [WORDS_FILE]
  WORDS_FILE: an English word list, one word a line (default /usr/share/dict/words, from the
  Debian package wamerican); single-word names that are English words are left out.

Only facts are kept: each actor's names, its codes and the dates each code holds between. One
row per code; an entry's names repeat on each of its rows. Left out on purpose:
  - entries whose codes are all bare countries ("UNITED_KINGDOM [GBR]" with its towns as
    aliases): countries.tsv names the countries, and places are not actors;
  - names of one word that are English words, or shorter than four letters ("BUSH" stays out
    because "bush" is a word; a surname of a leader belongs in leaders.tsv where it is checked);
  - names whose every word is a common English word ("THE SECURITY COUNCIL", "NATIONAL ASSEMBLY"):
    such a name means different bodies in different countries;
  - codes without a country or organisation we can read ("[---]"), malformed dates.
"""
import datetime
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared")
words_file = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/words"
phoenix = os.path.join(shared, "reference", "phoenix")
knowledge = os.path.join(here, "..", "core", "src", "main", "resources", "dateline", "knowledge")
out = os.path.join(knowledge, "phoenix-actors.tsv")
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]

# CAMEO actor types: sectors after a country, or the prefix of a non-state actor
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SPY", "PTY", "ELI", "UAF", "EDU", "LAB",
           "MED", "BUS", "HLH", "AGR", "REF", "CVL", "CRM", "REL", "RAD", "SEP", "HRI", "ENV", "DEV", "MOD",
           "NGO", "IGO", "MNC", "IMG", "UIS", "NGM", "SOC", "JRN"}
# CAMEO regions and religions, which follow a non-state prefix without naming a body
REGIONS = {"AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA", "NAF",
           "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "SCN", "WAF", "WST", "ARB", "CHR", "JEW", "MOS", "HIN", "SIK",
           "BUD", "CWN", "OAS", "GOS", "GOE", "GRB", "GLP", "DPI", "BGH", "MDE", "TMP", "XFM", "PAL", "UIG", "TAM",
           "TRK", "KAS", "ROM", "MUS"}
NON_STATE = {"IGO", "NGO", "MNC", "IMG", "NGM", "UIS"}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:] if l.strip()]


countries = read_tsv(os.path.join(knowledge, "countries.tsv"))
iso3 = {r["iso3"] for r in countries}
country_words = set()
for r in countries:
    for cell in ("name", "aliases", "adjectives"):
        for item in (r.get(cell) or "").split("|"):
            country_words.update(w for w in item.lower().split() if w)

with open(words_file, encoding="utf-8") as f:
    # the list's lower-case words only: its capitalised entries are names ("Blair", "Tony")
    english = {w.strip() for w in f if w.strip() and w.strip() == w.strip().lower()}
# a country's own words ("afghan", "turkey", "china") are names here, not common words
common = english - country_words

CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")


def date(s):
    s = s.strip()
    try:
        if len(s) == 8:
            return datetime.date(int(s[:4]), int(s[4:6]), max(1, int(s[6:8])))
        if len(s) == 6:
            yy = int(s[:2])
            return datetime.date(2000 + yy if yy < 30 else 1900 + yy, max(1, int(s[2:4])), max(1, int(s[4:6])))
    except ValueError:
        return None
    return None


def codes(text):
    """(code, start, end) per code; start/end None when open; None for a malformed date."""
    found = []
    for m in CODE.finditer(text):
        when = (m.group(2) or "").strip()
        start = end = None
        bad = False
        if when.startswith(">"):
            start = date(when[1:])
            bad = start is None
        elif when.startswith("<"):
            end = date(when[1:])
            bad = end is None
        elif "-" in when:
            a, b = when.split("-", 1)
            start, end = date(a), date(b)
            bad = start is None or end is None
        elif when:
            bad = True
        for code in m.group(1).replace("~", "").split("/"):
            if code:
                found.append(None if bad else (code, start, end))
    return found


def name(raw):
    return re.sub(r"\s+", " ", raw.strip().replace("_", " ")).strip()


def entries(path):
    current = None
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.rstrip("\n")
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                continue
            if body.startswith("+") and current is not None:
                current[0].append(name(body[1:]))
            elif line[0].isspace() and current is not None:
                current[1].extend(codes(body))
            else:
                if current is not None:
                    yield current
                bracket = body.find("[")
                current = ([name(body if bracket < 0 else body[:bracket])], [])
                if bracket >= 0:
                    current[1].extend(codes(body[bracket:]))
    if current is not None:
        yield current


def split_code(code):
    """Phoenix code to (country or organisation, [sectors]): USAGOVLEG -> USA, [GOV, LEG];
    IGOUNOKID -> UNO, [IGO]; ELI -> '', [ELI]. None when it cannot be read."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if any(len(c) != 3 or not c.isalpha() or not c.isupper() for c in chunks):
        return None
    if chunks[0] in iso3:
        return chunks[0], [c for c in chunks[1:] if c in SECTORS and c not in NON_STATE]
    if chunks[0] in NON_STATE:
        # IGOUNOKID -> UNO; MNCUSA -> USA; NGOHLH, IGOAFR (a sector, a region) -> no body named
        rest = [c for c in chunks[1:] if c not in SECTORS and c not in REGIONS]
        return (rest[0] if rest else ""), [chunks[0]]
    if chunks[0] in SECTORS and len(chunks) == 1:
        return "", [chunks[0]]
    return None


def title(n):
    if " " not in n and len(n) <= 5:
        return n  # an abbreviation ("ANSF", "UNDP") stays as written
    return " ".join(w[:1].upper() + w[1:].lower() if w.isupper() or w.islower() else w for w in n.split(" "))


def usable(n):
    words = [w for w in re.split(r"[\s\-]+", n.lower()) if w]
    if not words or not any(ch.isalpha() for ch in n):
        return False
    if len(words) == 1:
        w = words[0]
        return len(w.strip(".'")) >= 4 and w not in english and w.strip(".") not in english
    return not all(w in common or w in {"the", "of", "and", "for"} for w in words)


rows = []
seen = set()
stats = {"entries": 0, "countries": 0, "kept": 0, "names dropped": 0, "codes dropped": 0}
for fname in FILES:
    for names, coded in entries(os.path.join(phoenix, fname)):
        stats["entries"] += 1
        good = [c for c in coded if c is not None]
        stats["codes dropped"] += len(coded) - len(good)
        # a country's names (some with dated codes, "ZIMBABWE [RHO <790606] [ZWE]"), not an actor's
        if not good or any(c[0] in iso3 or (c[0][:3] in iso3 and c[0][3:] and split_code(c[0]) and not split_code(c[0])[1])
                           for c in good):
            stats["countries"] += 1
            continue
        # a person's name of one word ("ABDULLAH", "ASSAD") fits too many people: full names only
        person = any(c[1] is not None or c[2] is not None for c in good)
        keep = []
        for n in names:
            if person and " " not in n.strip():
                stats["names dropped"] += 1
                continue
            if usable(n) and title(n).lower() not in (k.lower() for k in keep):
                keep.append(title(n))
            elif not usable(n):
                stats["names dropped"] += 1
        if not keep:
            continue
        for code, start, end in good:
            parts = split_code(code)
            if parts is None:
                stats["codes dropped"] += 1
                continue
            country, sectors = parts
            if not sectors:
                stats["codes dropped"] += 1
                continue
            row = (keep[0], "|".join(keep[1:]), code, country, "|".join(sectors),
                   start.isoformat() if start else "", end.isoformat() if end else "")
            if row not in seen:
                seen.add(row)
                rows.append(row)
        stats["kept"] += 1

with open(os.path.join(phoenix, "LICENSE.MIT.txt"), encoding="utf-8") as f:
    licence = [l.rstrip() for l in f]

with open(out, "w", encoding="utf-8") as f:
    f.write("# phoenix-actors.tsv: people, bodies and groups with their CAMEO codes and the dates each code holds between.\n")
    f.write("# Source: the Phoenix actor dictionaries of the Open Event Data Alliance (" + ", ".join(FILES) + "),\n")
    f.write("# under the MIT licence, whose notice the licence asks to keep with the facts taken:\n#\n")
    for l in licence:
        f.write(("#   " + l).rstrip() + "\n")
    f.write("#\n")
    f.write("# Converted " + datetime.date.today().isoformat() + " by scripts/make-phoenix-actors.py (facts only: names, codes, dates;\n")
    f.write("# one-word names of people, one-word names that are English words or under four letters, names of common words only, and bare\n")
    f.write("# country entries are left out; see the script). Knowledge reads this file last: Dateline's own files win.\n")
    f.write("#\n# Columns:\n")
    f.write("#   name     the entry's first name, title-cased; aliases: its other names\n")
    f.write("#   code     the Phoenix code as written (USAGOVLEG, IGOUNOKID)\n")
    f.write("#   country  ISO 3166-1 alpha-3 (= CAMEO country), or the organisation code of an IGO/NGO (UNO), or empty\n")
    f.write("#   sector   the CAMEO sectors of the code, in order (GOV|LEG, GOV|BUS: a ministry's domain after GOV)\n")
    f.write("#   start, end  YYYY-MM-DD, empty when open; both empty: the code when no dated one holds\n")
    f.write("name\taliases\tcode\tcountry\tsector\tstart\tend\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(out, len(rows), "rows;", stats, file=sys.stderr)
