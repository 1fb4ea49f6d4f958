#!/usr/bin/env python3
"""Time eyecite's get_citations on documents, for the ratio against legalcite-bench.

    python3 -m venv /tmp/eyecite && /tmp/eyecite/bin/pip install eyecite
    /tmp/eyecite/bin/python scripts/bench-eyecite.py Corpus/*.txt [--repeat 3]

Prints MB/s on one core (each document read once per repeat, as legalcite-bench reads them).
"""
import sys
import time

from eyecite import get_citations


def main():
    arguments = sys.argv[1:]
    repeat = 1
    if "--repeat" in arguments:
        at = arguments.index("--repeat")
        repeat = int(arguments[at + 1])
        del arguments[at:at + 2]
    paths = arguments
    texts = [open(p, encoding="utf-8", newline="").read() for p in paths]
    size = sum(len(t.encode("utf-8")) for t in texts) * repeat
    get_citations(texts[0])  # warm up: eyecite builds its tokenizer on first use
    start = time.perf_counter()
    found = 0
    for _ in range(repeat):
        for text in texts:
            found += len(get_citations(text))
    elapsed = time.perf_counter() - start
    print(f"eyecite: {size / 1048576:.2f} MB in {elapsed:.2f} s = {size / 1048576 / elapsed:.3f} MB/s, {found} citations")


if __name__ == "__main__":
    main()
