#!/usr/bin/env python3
"""legalcite as a Spark mapper: JSONL documents in, one result line per document out.

    spark-submit scripts/spark-extract.py docs.jsonl results/ [path/to/legalcite]

Each partition of the input (lines of {"id": ..., "text": ...}) is piped through
`legalcite extract --input jsonl --jsonl`, which writes one line per input line, in order, with
an error record for a line it cannot read; so results/part-N holds the results of input
partition N in its order. The binary must exist at the same path on every executor (ship it
with --files, or bake it into the image). scripts/test-recipes runs this in local mode.
"""
import sys

from pyspark.sql import SparkSession


def main():
    source, target = sys.argv[1], sys.argv[2]
    binary = sys.argv[3] if len(sys.argv) > 3 else "legalcite"
    spark = SparkSession.builder.appName("legalcite").getOrCreate()
    documents = spark.sparkContext.textFile(source).filter(lambda line: line.strip())
    documents.pipe(f"{binary} extract --input jsonl --jsonl").saveAsTextFile(target)
    spark.stop()


if __name__ == "__main__":
    main()
