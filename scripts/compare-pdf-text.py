#!/usr/bin/env python3
"""Compares legalcite's reading of PDFs with its reading of `pdftotext -layout` text of them.

    scripts/compare-pdf-text.py LEGALCITE FILE.pdf...

For each PDF: `legalcite extract FILE.pdf` (the PDF read in process) and `pdftotext -layout
FILE.pdf - | legalcite extract` (poppler's text, as the shared documents were made). Citations
are compared as multisets of (kind, text with white space collapsed, doc_page); also checked:
in the PDF's JSON, text[start:end] == citation.text for every mention, with `text` the JSON's
own. The caption, signature and footnotes (with
their pages) are compared and their differences reported. Prints one line per PDF and a total; exits 1 when any citation differs.
"""
import collections
import json
import subprocess
import sys


def key(citation):
    return (citation["kind"], " ".join(citation["text"].split()), citation.get("doc_page"))


def caption(document, field):
    return (document.get("caption") or {}).get(field)


# What else is compared, and reported (not failed): the caption's court, dockets, parties and
# title, the signature, and the footnotes with their pages.
STRUCTURE = {
    "court": lambda d: ((d.get("caption") or {}).get("court") or {}).get("id"),
    "docket_numbers": lambda d: caption(d, "docket_numbers"),
    "parties": lambda d: [(p["name"], p["role"]) for p in caption(d, "parties") or []],
    "title": lambda d: caption(d, "title"),
    "signature": lambda d: d.get("signature") and {k: v for k, v in d["signature"].items()},
    "footnotes": lambda d: [(f["label"], f.get("doc_page")) for f in d["footnotes"]],
}


def extract(legalcite, path=None, text=None):
    command = [legalcite, "extract"] + ([path] if path else [])
    result = subprocess.run(command, input=text, capture_output=True)
    if result.returncode != 0:
        return None, result.stderr.decode().strip()
    return json.loads(result.stdout), None


def main():
    legalcite, paths = sys.argv[1], sys.argv[2:]
    total = same = differing = structure_differ = 0
    for path in paths:
        pdf, error = extract(legalcite, path=path)
        poppler = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True).stdout
        if pdf is None:
            print(f"{path}: error record: {error} (pdftotext: {len(poppler.split())} words)")
            continue
        if "text" not in pdf:
            print(f"{path}: not a PDF by its content ({pdf['source']['bytes']} bytes), read as text")
            continue
        text = pdf["text"]
        for c in pdf["citations"]:
            assert text[c["span"][0]:c["span"][1]] == c["text"], (path, c)
        reference, error = extract(legalcite, text=poppler)
        ours = collections.Counter(key(c) for c in pdf["citations"])
        theirs = collections.Counter(key(c) for c in reference["citations"])
        common = sum((ours & theirs).values())
        only_pdf, only_text = ours - theirs, theirs - ours
        total += sum(theirs.values())
        same += common
        differing += sum(only_pdf.values()) + sum(only_text.values())
        structure = []
        for field, read in STRUCTURE.items():
            a, b = read(pdf), read(reference)
            if a != b:
                structure.append(f"{field}: PDF {a!r}, pdftotext {b!r}")
        structure_differ += bool(structure)
        print(f"{path}: {pdf['source']['pages']} pages, {sum(ours.values())} citations, {common} agree"
              + (f"; structure differs: {'; '.join(structure)}" if structure else "")
              + (f"; only from the PDF: {sorted(only_pdf)}; only from pdftotext: {sorted(only_text)}" if only_pdf or only_text else ""))
    print(f"total: {same} of {total} pdftotext citations agree, {differing} differ; "
          f"caption, signature or footnotes differ in {structure_differ} documents")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
