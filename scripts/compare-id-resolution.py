#!/usr/bin/env python3
"""Compare what `Id.` resolves to in legalcite and in eyecite, on documents with expectations.

    /tmp/eyecite/bin/python scripts/compare-id-resolution.py Corpus/*.txt

For each Id. both tools find, prints both antecedents and which agrees with the hand-checked
expectation (Corpus/NAME.expected.json). eyecite resolves an Id. to a case or to nothing; legalcite
to any authority (case, statute, rule, docket entry, record document).
"""
import json
import os
import subprocess
import sys

from eyecite import get_citations, resolve_citations
from eyecite.models import IdCitation

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "legalcite")


def describe(authority):
    if authority is None:
        return "nothing"
    if authority["kind"] == "case":
        return f"case {authority['cites'][0]}"
    if authority["kind"] in ("statute", "regulation") and authority.get("title"):
        return f"{authority['title']} {authority['code']} § {authority['section']}"
    return authority["kind"] + " " + " ".join(str(authority.get(k)) for k in ("number", "document", "label", "code", "section", "rule_set", "rule") if authority.get(k))


def main():
    totals = {"ids": 0, "same": 0, "different": 0, "legalcite_right": 0, "eyecite_right": 0, "neither": 0}
    for path in sys.argv[1:]:
        expected_path = path.rsplit(".", 1)[0] + ".expected.json"
        if not os.path.exists(expected_path):
            continue
        text = open(path, encoding="utf-8", newline="").read()
        ours = json.loads(subprocess.run([BINARY, "extract", "--jsonl", path], capture_output=True, text=True, check=True).stdout)
        truth = json.load(open(expected_path))
        citations = get_citations(text)
        resolutions = resolve_citations(citations)
        eyecite_target = {}
        for resource, members in resolutions.items():
            for member in members:
                if isinstance(member, IdCitation):
                    eyecite_target[member.span()[0]] = resource.citation.corrected_citation()
        for citation in citations:
            if isinstance(citation, IdCitation) and citation.span()[0] not in eyecite_target:
                eyecite_target[citation.span()[0]] = None
        for mention in ours["citations"]:
            if mention["kind"] != "id":
                continue
            start = mention["span"][0]
            theirs = eyecite_target.get(start, "not found")
            mine = ours["authorities"][mention["authority"]] if mention["authority"] is not None else None
            true = next((m for m in truth["citations"] if m["span"] == mention["span"]), None)
            true_authority = truth["authorities"][true["authority"]] if true and true.get("authority") is not None else None
            totals["ids"] += 1
            mine_text, true_text = describe(mine), describe(true_authority)
            if theirs is None or theirs == "not found":
                theirs_text = "nothing" if theirs is None else theirs
            elif "§" in theirs:
                theirs_text = theirs.split("(")[0]  # a statute: `28 U.S.C. § 636`
            else:
                theirs_text = f"case {theirs}"
            if mine_text == theirs_text:
                totals["same"] += 1
                continue
            totals["different"] += 1
            verdict = "legalcite right" if mine_text == true_text else ("eyecite right" if theirs_text == true_text else "neither")
            totals[verdict.replace(" ", "_")] += 1
            print(f"{os.path.basename(path)}: {mention['text']!r} -> legalcite {mine_text}; eyecite {theirs_text} [{verdict}]")
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
