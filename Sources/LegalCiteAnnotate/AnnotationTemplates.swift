import Mustache

/// The annotator's templates (`Templates/*.mustache`, embedded by `scripts/embed-templates`):
/// `annotation` (the document and its side list, a partial for any page) and `annotate-page`
/// (the standalone page), with the styles of both.
public enum AnnotationTemplates {
    /// Template names (the file name without `.mustache`) and their text.
    public static let templates: [String: String] = {
        var templates: [String: String] = [:]
        for (file, text) in AnnotationTemplateFiles.files where file.hasSuffix(".mustache") {
            templates[String(file.dropLast(".mustache".count))] = text
        }
        return templates
    }()

    /// The styles of the annotated document (`annotate.css`).
    public static let style: String = AnnotationTemplateFiles.files["annotate.css"] ?? ""

    /// The templates parsed; they are fixed text tested to parse, so a failure here is a
    /// build defect, reported as an empty library rather than a crash.
    public static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in templates { try? library.register(text, named: name) }
        return library
    }()
}
