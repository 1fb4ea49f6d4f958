import Testing
@testable import LegalCite

@Suite("Names in capitals recased")
struct NameCaseTests {
    @Test(arguments: [
        ("STATE OF KANSAS", "State of Kansas"),
        ("THE BOARD OF THE COUNTY", "The Board of the County"),
        ("KEVIN O'NEILL,", "Kevin O'Neill,"),
        ("MARY SMITH-JONES", "Mary Smith-Jones"),
        ("ACME HOLDINGS, LLC", "Acme Holdings, LLC"),
        ("JOHN Q. PUBLIC, P.A.", "John Q. Public, P.A."),
        ("U.S. BANK, N.A.", "U.S. Bank, N.A."),
        ("T.D.C.J. PAROLE DIVISION", "T.D.C.J. Parole Division"),
        ("J.C. PENNEY", "J.C. Penney"),
        ("AT&T MOBILITY", "AT&T Mobility"),
        ("JOSÉ ÁLVAREZ", "José Álvarez"),
        ("McDonald's Corp.", "McDonald's Corp."),
        ("already Mixed Case", "already Mixed Case"),
        ("DOE, JANE", "Doe, Jane"),
        ("AND SONS", "And Sons"),
        ("I", "I"),
    ])
    func recasing(name: String, expected: String) {
        #expect(NameCase.titleCaseIfShouting(name) == expected)
    }

    /// The byte path for ASCII words decides as the character path does, on every word made of
    /// the letters, initials and punctuation of caption names.
    @Test func asciiPathAgreesWithTheCharacterPath() {
        let pieces = ["A", "B", "O", "o", "X", "e", ".", ",", ";", ":", "'", "-", "/", "&", "LLC", "OF", "THE", "ET", "AL.", "U.S.", "N.A", "..", "1", "ii"]
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5_000 {
            let word = (0..<(1 + next(5))).map { _ in pieces[next(pieces.count)] }.joined()
            for isFirst in [true, false] {
                #expect(NameCase.recasedASCII(Substring(word), isFirst: isFirst) == NameCase.recased(word, isFirst: isFirst),
                        "word \(word)")
            }
        }
    }
}
