import LegalCiteAnnotate
import Mustache

/// The server's templates (`Templates/*.mustache`, embedded by `scripts/embed-templates`) and
/// the annotator's, in one library, so that a page includes the annotated document as a partial.
struct ServePages: Sendable {
    let library: MustacheLibrary
    /// The stylesheet of every page: the annotator's and the server's.
    let style: String
    /// What the header shows as the index's name.
    let indexName: String

    struct Broken: Error, CustomStringConvertible {
        let description: String
    }

    init(indexName: String) throws {
        var library = MustacheLibrary()
        var templates = AnnotationTemplates.templates
        for (file, text) in ServeTemplateFiles.files where file.hasSuffix(".mustache") {
            templates[String(file.dropLast(".mustache".count))] = text
        }
        for (name, text) in templates {
            do { try library.register(text, named: name) } catch { throw Broken(description: "template \(name): \(error)") }
        }
        self.library = library
        style = AnnotationTemplates.style + "\n" + (ServeTemplateFiles.files["serve.css"] ?? "")
        self.indexName = indexName
    }

    /// Renders page `name` with `context` and the values every page has.
    func render(_ name: String, title: String, _ context: [String: Any] = [:]) -> String {
        var context = context
        context["page_title"] = title
        context["index_name"] = indexName
        return library.render(context, withTemplate: name) ?? "<!DOCTYPE html><title>legalcite</title><p>The page \(name) could not be drawn.</p>"
    }
}
