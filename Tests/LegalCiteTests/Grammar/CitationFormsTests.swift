import Testing
@testable import LegalCite

/// The registry of citation forms.
@Suite("Citation forms registry")
struct CitationFormsTests {
    @Test func eachFormIsListedOnce() {
        let forms = CitationForms.all.map { ObjectIdentifier($0) }
        #expect(Set(forms).count == forms.count)
    }

    /// `legalcite-bench` reports stages by these names: two stages must never share one.
    @Test func stageNamesAreDistinct() {
        let names = sharedExtractor.forms.flatMap(\.stages).map(\.name) + sharedExtractor.structure.stages.map(\.name)
        #expect(Set(names).count == names.count, "\(names)")
        #expect(names.count >= 30)
    }

    @Test func noFormFindsAnythingInPlainProse() {
        let bytes = Array("The parties met and conferred about the schedule.".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for form in sharedExtractor.forms {
                var found: [Found] = []
                form.recognize(TextView(bytes: buffer), into: &found)
                #expect(found.isEmpty, "\(type(of: form))")
            }
        }
    }
}
