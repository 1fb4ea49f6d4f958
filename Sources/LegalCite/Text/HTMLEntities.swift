/// Named HTML entities seen in court documents published as web pages.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "sect": 0xA7, "para": 0xB6, "mdash": 0x2014, "ndash": 0x2013, "lsquo": 0x2018,
        "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "hellip": 0x2026, "shy": 0xAD,
        "copy": 0xA9, "reg": 0xAE, "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003,
        "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3, "middot": 0xB7, "bull": 0x2022,
        "frac12": 0xBD, "deg": 0xB0, "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1,
        "oacute": 0xF3, "uacute": 0xFA, "iacute": 0xED, "ntilde": 0xF1, "uuml": 0xFC,
        "ouml": 0xF6, "auml": 0xE4, "ccedil": 0xE7, "laquo": 0xAB, "raquo": 0xBB,
    ]
}
