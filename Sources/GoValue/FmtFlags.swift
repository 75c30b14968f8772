/// The flags of one `%` directive, cleared before each.
struct FmtFlags {
    var widthPresent = false
    var precisionPresent = false
    var minus = false
    var plus = false
    var sharp = false
    var space = false
    var zero = false
    /// `%+v`: plus moved here so that it means "field names", not "sign".
    var plusV = false
    /// `%#v`: sharp moved here so that it means "Go syntax", not "alternate form".
    var sharpV = false
}
