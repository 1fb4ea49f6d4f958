import Foundation
import LegalCiteTestSupport
import Testing
import CSQLite
@testable import LegalCiteServe

/// Every page of the index, against an index of four Corpus orders; counts checked by hand
/// against their expected JSON (`Corpus/*.expected.json`).
@Suite(.serialized) struct BrowseTests {
    @Test func homeShowsTheIndexAndTheForms() async throws {
        try await withServer { server in
            let answer = try await server.get("/")
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"] == "text/html; charset=utf-8")
            #expect(answer.headers["content-security-policy"]?.hasPrefix("default-src 'none'") == true)
            #expect(answer.text.contains("<b>4</b> documents"))
            #expect(answer.text.contains("signed 2012-11-26 to 2022-06-28"))
            #expect(answer.text.contains("<span class=\"court\"><a href=\"/documents?court=ksd\">ksd</a> <span class=\"n\">2</span></span>"))
            #expect(answer.text.contains("<form method=\"post\" action=\"/annotate\" enctype=\"multipart/form-data\">"))
            #expect(answer.text.contains("<input name=\"docket\""))
            let style = try await server.get("/style.css")
            #expect(style.status == 200)
            #expect(style.headers["content-type"] == "text/css; charset=utf-8")
            #expect(style.text.contains(".cite-case"))
        }
    }

    @Test func mostCitedIsSection1983InTwoDocuments() async throws {
        try await withServer { server in
            let answer = try await server.get("/authorities")
            #expect(answer.status == 200)
            // 42 U.S.C. § 1983: 2 mentions in Green v. Sanchez, 6 in Wilson v. Doe (expected JSON).
            let first = try #require(answer.text.components(separatedBy: "<tr><td class=\"num\">1</td>").dropFirst().first)
            #expect(first.contains(">42 U.S.C. § 1983</a>"))
            #expect(first.contains("<span class=\"v\">2</span></td><td class=\"num\">8</td>"))
            let cases = try await server.get("/authorities?kind=case")
            #expect(cases.text.contains("<tr><td class=\"num\">1</td><td><a href=\"/authority/"))
            #expect(!cases.text.contains("kind-statute\">statute"))
            #expect(try await server.get("/authorities?kind=bogus").status == 400)
            #expect(try await server.get("/authorities?limit=0").status == 400)
            let ksd = try await server.get("/authorities?court=ksd&kind=statute")
            #expect(!ksd.text.contains("§ 1983"))
        }
    }

    @Test func searchByCiteFindsTheParallelCites() async throws {
        try await withServer { server in
            // Jones cites Iqbal as 556 U.S. 662, 129 S. Ct. 1937: one case, two mentions.
            let answer = try await server.get("/search?cite=129+S.+Ct.+1937")
            #expect(answer.status == 200)
            #expect(answer.text.contains("<h2>2 citations in 1 document</h2>"))
            #expect(answer.text.contains("<a href=\"/document/0\">Corpus/jones-v-kansas-2012-order.txt</a>"))
            // Each hit is its sentence with the cite marked, then what it resolves to.
            #expect(answer.text.contains("In citing *Ashcroft v. Iqbal*, <mark class=\"hit\">556 U.S. 662</mark>, 129 S. Ct. 1937, 1953-54 (2009)"))
            #expect(answer.text.contains("<span class=\"hit-kind\">case</span> <a href=\"/authority/"))
            #expect(answer.text.contains("\">Ashcroft v. Iqbal, 556 U.S. 662, 129 S. Ct. 1937</a>"))
            #expect(answer.text.contains("value=\"129 S. Ct. 1937\""))
            let byName = try await server.get("/search?case=iqbal")
            #expect(byName.text.contains("<h2>2 citations in 1 document</h2>"))
        }
    }

    @Test func searchByStatuteRuleCourtAndDate() async throws {
        try await withServer { server in
            let all = try await server.get("/search?statute=42+U.S.C.+%C2%A7+1983")
            #expect(all.text.contains("<h2>8 citations in 2 documents</h2>"))
            let virginia = try await server.get("/search?statute=42+U.S.C.+%C2%A7+1983&court=vawd")
            #expect(virginia.text.contains("<h2>6 citations in 1 document</h2>"))
            let judge = try await server.get("/search?statute=42+U.S.C.+%C2%A7+1983&judge=gergel")
            #expect(judge.text.contains("<h2>2 citations in 1 document</h2>"))
            // FRCP 26: five mentions in Jones (Rule 26, 26(d)(1), 26(f) twice, Federal Rule … 26(f)).
            let rule = try await server.get("/search?rule=FRCP+26&from=2012&to=2012-12")
            #expect(rule.text.contains("<h2>5 citations in 1 document</h2>"))
            let later = try await server.get("/search?rule=FRCP+26&from=2013")
            #expect(later.text.contains("Nothing in the index matches."))
        }
    }

    @Test func searchDocumentsByJudgePartyDocketAndCourt() async throws {
        try await withServer { server in
            let judge = try await server.get("/search?judge=waxse")
            #expect(judge.text.contains("<h2>1 document</h2>"))
            #expect(judge.text.contains(">Corpus/jones-v-kansas-2012-order.txt</a>"))
            // State of Kansas (Jones) and Kansas City Steak Company, LLC (Moreno).
            let party = try await server.get("/search?party=Kansas")
            #expect(party.text.contains("<h2>2 documents</h2>"))
            let docket = try await server.get("/search?docket=01376")
            #expect(docket.text.contains(">Corpus/eyecitets_cl10428001_district.txt</a>"))
            #expect(docket.text.contains("<h2>1 document</h2>"))
            let later = try await server.get("/documents?court=ksd&from=2013")
            #expect(later.text.contains(">Corpus/dkan-2017-moreno-v-kansas-city-steak.txt</a>"))
            #expect(!later.text.contains("jones-v-kansas"))
            #expect(try await server.get("/search").text.contains("<h1>Search the index</h1>"))
        }
    }

    @Test func anAuthorityPageShowsTheSentenceAroundEachCitation() async throws {
        try await withServer { server in
            let top = try await server.get("/authorities?kind=statute")
            let link = try #require(top.text.components(separatedBy: "<a href=\"/authority/").dropFirst().first?.prefix { $0.isNumber })
            let answer = try await server.get("/authority/\(link)")
            #expect(answer.status == 200)
            #expect(answer.text.contains("<h1>42 U.S.C. § 1983</h1>"))
            #expect(answer.text.contains("Cited <b>8</b> times in <b>2</b> documents"))
            // The sentences as read by hand in the two orders (line breaks folded), whole: the
            // batch run stores each mention's sentence (`mention_sentences`).
            #expect(answer.text.contains("<li><mark class=\"hit\">Section 1983</mark> actions are governed by the personal injury statute of limitations in the state where the alleged injury occurred.</li>"))
            // In Green, the heading before it (`I.  Background`) has no period: it opens the sentence.
            #expect(answer.text.contains("<li>I. Background Plaintiff, a state prisoner proceeding pro se, brings this civil action seeking relief under <mark class=\"hit\">42 U.S.C. § 1983</mark>.</li>"))
            // Wilson (2021) before Green (2022).
            let wilson = try #require(answer.text.range(of: "eyecitets_cl10692001"))
            let green = try #require(answer.text.range(of: "eyecitets_cl10428001"))
            #expect(wilson.lowerBound < green.lowerBound)
            #expect(try await server.get("/authority/\(link)?offset=-1").status == 400)
        }
    }

    @Test func aDocumentPageListsItsCitations() async throws {
        try await withServer { server in
            let answer = try await server.get("/document/0")
            #expect(answer.status == 200)
            #expect(answer.text.contains("<h1>ORDER</h1>"))
            #expect(answer.text.contains("<h2>Its citations <span class=\"count\">12</span></h2>"))
            #expect(answer.text.contains("<td class=\"written\">Id.* at 4</td>"))
            #expect(answer.text.contains("<a href=\"/search?judge=David%20J.%20Waxse\">David J. Waxse</a>"))
            #expect(answer.text.contains("<dd>12-2486-KHV-DJW</dd>"))
        }
    }

    @Test func badRequestsGetAnErrorPageWithTheirStatus() async throws {
        try await withServer { server in
            let missing = try await server.get("/no/such/page")
            #expect(missing.status == 404)
            #expect(missing.text.contains("<h1>404 Not Found</h1>"))
            #expect(missing.text.contains("There is no page /no/such/page."))
            #expect(try await server.get("/authority/987654").status == 404)
            #expect(try await server.get("/document/987654").status == 404)
            #expect(try await server.get("/document/abc").status == 400)
            #expect(try await server.get("/document/99999999999999999999999").status == 400)
            let date = try await server.get("/search?judge=x&from=2012-1")
            #expect(date.status == 400)
            #expect(date.text.contains("from: not a date: 2012-1"))
            #expect(try await server.get("/search?cite=hello").status == 400)
            #expect(try await server.get("/search?cite=556+U.S.+662&rule=FRCP+26").status == 400)
            #expect(try await server.get("/search?case=%FF%FE").status == 400)
            #expect(try await server.get("/search?case=%G1").status == 400)
            #expect(try await server.get("/search?court=k%27sd").status == 400)
            let put = try await server.send(Array("PUT / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n".utf8))
            #expect(put.status == 405)
            // Still serving after all of them.
            #expect(try await server.get("/").status == 200)
        }
    }

    @Test func whatARequestSaysIsEscapedOnThePage() async throws {
        try await withServer { server in
            let answer = try await server.get("/search?case=%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
            #expect(answer.status == 200)
            #expect(!answer.text.contains("<script>"))
            #expect(answer.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
            // SQL in a search is a search: bound as a parameter.
            let sql = try await server.get("/search?party=%27%3B+DROP+TABLE+documents%3B+--")
            #expect(sql.text.contains("Nothing in the index matches."))
            #expect(try await server.get("/").text.contains("<b>4</b> documents"))
        }
    }

    @Test func theIndexIsOnlyRead() async throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: testIndex))
        try await withServer { server in
            let search = try await server.get("/search?statute=42+U.S.C.+%C2%A7+1983")
            let top = try await server.get("/authorities")
            #expect(search.status == 200 && top.status == 200)
            // Nothing beside the index while it is open, nor after.
            #expect(!FileManager.default.fileExists(atPath: testIndex + "-wal"))
            #expect(!FileManager.default.fileExists(atPath: testIndex + "-shm"))
        }
        #expect(!FileManager.default.fileExists(atPath: testIndex + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: testIndex + "-shm"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: testIndex)) == before)
    }

    @Test func aForeignOrMissingIndexIsRefusedBeforeListening() throws {
        let folder = Scratch.path("serve")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = folder.appendingPathComponent("notes.sqlite")
        try Data("just text".utf8).write(to: text)
        #expect { try CiteServer(configuration: .init(indexPath: text.path, port: 0)) } throws: { error in
            "\(error)".contains("not a legalcite index")
        }
        #expect { try CiteServer(configuration: .init(indexPath: folder.appendingPathComponent("none.sqlite").path, port: 0)) } throws: { error in
            "\(error)".contains("cannot read the index")
        }
        #expect(ServeConfiguration(indexPath: "x").host == "127.0.0.1")
        #expect(ServeConfiguration(indexPath: "x").isLoopback)
        #expect(!ServeConfiguration(indexPath: "x", host: "0.0.0.0").isLoopback)
    }
}

/// An index written before `mention_sentences` existed (or loaded by `legalcite index`, which
/// has no text around mentions): sentences are cut from the stored context.
@Suite(.serialized) struct OlderIndexTests {
    @Test func sentencesComeFromTheContextWithoutTheTable() async throws {
        let folder = Scratch.path("serve-old")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("old.sqlite").path
        try FileManager.default.copyItem(atPath: testIndex, toPath: copy)
        var database: OpaquePointer?
        #expect(sqlite3_open(copy, &database) == SQLITE_OK)
        #expect(sqlite3_exec(database, "DROP TABLE mention_sentences; PRAGMA journal_mode=DELETE", nil, nil, nil) == SQLITE_OK)
        sqlite3_close(database)
        let server = try await RunningServer.start(ServeConfiguration(indexPath: copy, port: 0))
        let top = try await server.get("/authorities?kind=statute")
        let link = try #require(top.text.components(separatedBy: "<a href=\"/authority/").dropFirst().first?.prefix { $0.isNumber })
        let answer = try await server.get("/authority/\(link)")
        await server.stop()
        #expect(answer.status == 200)
        // 80 bytes of context: the sentence runs past it, so it is cut at a word and marked.
        #expect(answer.text.contains("<li>…the Danville City Jail and proceeding pro se, filed this civil action under <mark class=\"hit\">42 U.S.C. § 1983</mark>, against John Doe, an unknown doctor at Green Rock Correctional Center…</li>"))
    }
}
