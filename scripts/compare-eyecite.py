#!/usr/bin/env python3
"""Compare legalcite with eyecite on the same documents, mention by mention.

    python3 -m venv /tmp/eyecite && /tmp/eyecite/bin/pip install eyecite
    swift build -c release
    /tmp/eyecite/bin/python scripts/compare-eyecite.py Corpus/*.txt [--expected]

For each document, both tools read the original text; mentions are matched by overlapping
spans. With --expected, each difference is also judged against the hand-checked expectation
(Corpus/NAME.expected.json) when there is one: the tool that agrees with it is right.
Only the kinds eyecite knows are compared: full and short case cites, Id., supra, statutes
(eyecite's FullLawCitation) and journals.
"""
import json
import os
import subprocess
import sys

from eyecite import get_citations
from eyecite.models import (FullCaseCitation, FullJournalCitation, FullLawCitation, IdCitation,
                            ShortCaseCitation, SupraCitation)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "legalcite")
KINDS = {FullCaseCitation: "case", ShortCaseCitation: "short_case", IdCitation: "id",
         SupraCitation: "supra", FullLawCitation: "statute", FullJournalCitation: "journal"}
OURS = {"case", "short_case", "id", "supra", "statute", "regulation", "session_law", "register", "journal"}
# eyecite's FullLawCitation covers codes, regulations, session laws and registers alike.
LAWS = {"regulation", "session_law", "register"}


def eyecite_mentions(text):
    found = []
    for citation in get_citations(text):
        kind = KINDS.get(type(citation))
        if kind is None:
            continue
        start, end = citation.span()
        found.append({"kind": kind, "span": (start, end), "text": text[start:end]})
    return found


def legalcite_mentions(path):
    output = subprocess.run([BINARY, "extract", "--jsonl", path], capture_output=True, text=True, check=True).stdout
    document = json.loads(output)
    return [{"kind": "statute" if m["kind"] in LAWS else m["kind"], "span": tuple(m["span"]), "text": m["text"]}
            for m in document["citations"] if m["kind"] in OURS]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    paths = [p for p in sys.argv[1:] if not p.startswith("--")]
    use_expected = "--expected" in sys.argv
    totals = {"both": 0, "only_legalcite": 0, "only_eyecite": 0, "legalcite_right": 0, "eyecite_right": 0}
    for path in paths:
        text = open(path, encoding="utf-8", newline="").read()
        if path.endswith(".html"):
            continue  # eyecite wants cleaned text for HTML; compared on plain text only
        ours, theirs = legalcite_mentions(path), eyecite_mentions(text)
        expected = None
        expected_path = path.rsplit(".", 1)[0] + ".expected.json"
        if use_expected and os.path.exists(expected_path):
            expected = [tuple(m["span"]) for m in json.load(open(expected_path))["citations"] if m["kind"] in OURS]
        lines = []
        for tool, mine, other in (("legalcite", ours, theirs), ("eyecite", theirs, ours)):
            for mention in mine:
                if any(overlaps(mention["span"], o["span"]) for o in other):
                    if tool == "legalcite":
                        totals["both"] += 1
                    continue
                totals[f"only_{tool}"] += 1
                verdict = ""
                if expected is not None:
                    in_expected = any(overlaps(mention["span"], span) for span in expected)
                    winner = tool if in_expected else ("eyecite" if tool == "legalcite" else "legalcite")
                    totals[f"{winner}_right"] += 1
                    verdict = f" [{winner} right]"
                lines.append(f"  only {tool:9} {mention['kind']:10} {mention['text']!r}{verdict}")
        print(f"{os.path.basename(path)}: legalcite {len(ours)}, eyecite {len(theirs)}")
        print("\n".join(lines)) if lines else None
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
