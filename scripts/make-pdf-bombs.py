#!/usr/bin/env python3
"""Writes three hostile PDFs into the folder given: pages-bomb.pdf (a page tree of 1,000 nodes
of 1,000 pages each: 1,000,000 pages in a few kilobytes), stream-bomb.pdf (one page whose content
stream inflates to 1 GB of spaces) and font-bomb.pdf (one page whose embedded font inflates to
1 GB of zeros, which a reader must hold whole); both are deflated twice, a few kilobytes each.
With --scan PGM OUT.pdf: an image-only PDF of the PGM (a scan)."""
import sys
import zlib


def pdf(objects):
    """objects: bodies of objects 1..n, as bytes. Returns a PDF with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data, extra=b""):
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


def deflated(byte, count):
    """`count` bytes of `byte`, deflated twice (a /Filter [/FlateDecode /FlateDecode] chain):
    a gigabyte in a few kilobytes."""
    compressor = zlib.compressobj(9)
    chunk = byte * (1 << 20)
    parts = [compressor.compress(chunk) for _ in range(count >> 20)]
    parts.append(compressor.flush())
    return zlib.compress(b"".join(parts), 9)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 12 Tf 72 720 Td (See 42 U.S.C. \\247 1983.) Tj ET"


def scan(pgm, output, bilevel=False):
    """An image-only PDF of one page from a binary PGM (pdftoppm -gray): a scan, no text layer;
    bilevel: one bit a pixel (black below half grey), as fax-like court scans are."""
    data = open(pgm, "rb").read()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5", "expected a binary PGM"
    width, height, pixels = int(fields[1]), int(fields[2]), fields[4]
    bits = 8
    if bilevel:
        bits, packed = 1, bytearray()
        for row in range(height):
            line = pixels[row * width:(row + 1) * width]
            for start in range(0, width, 8):
                byte = 0
                for offset, value in enumerate(line[start:start + 8]):
                    if value >= 128:
                        byte |= 0x80 >> offset
                packed.append(byte)
        pixels = bytes(packed)
    image = stream(pixels, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent %d" % (width, height, bits))
    draw = stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>", page, image, draw]
    open(output, "wb").write(pdf(objects))


def main():
    if sys.argv[1] == "--scan":
        return scan(sys.argv[2], sys.argv[3])
    if sys.argv[1] == "--scan-bilevel":
        return scan(sys.argv[2], sys.argv[3], bilevel=True)
    folder = sys.argv[1]
    # 1 catalog, 2 root pages (1,000 kids: object 3 each time), 3 node (1,000 kids: object 4), 4 page.
    kids = b" ".join([b"3 0 R"] * 1000)
    leaves = b" ".join([b"4 0 R"] * 1000)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1000000 /Kids [" + kids + b"] >>",
        b"<< /Type /Pages /Parent 2 0 R /Count 1000 /Kids [" + leaves + b"] >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
        FONT,
        stream(TEXT),
    ]
    open(f"{folder}/pages-bomb.pdf", "wb").write(pdf(objects))

    spaces = deflated(b" ", 1 << 30)
    content = b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(spaces) + spaces + b"\nendstream"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>", page, FONT, content]
    open(f"{folder}/stream-bomb.pdf", "wb").write(pdf(objects))

    zeros = deflated(b"\0", 1 << 30)
    fontfile = b"<< /Length %d /Filter [/FlateDecode /FlateDecode] /Length1 %d >>\nstream\n" % (len(zeros), 1 << 30) + zeros + b"\nendstream"
    descriptor = b"<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>"
    font = b"<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>", page, font, stream(TEXT), descriptor, fontfile]
    open(f"{folder}/font-bomb.pdf", "wb").write(pdf(objects))


if __name__ == "__main__":
    main()
