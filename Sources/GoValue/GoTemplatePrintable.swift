/// An object that text/template prints differently from `fmt`: an action such as
/// `{{ .Capabilities.KubeVersion }}` follows pointers and uses a `String` method with a
/// pointer receiver on an addressable field, while `printf`, `print` and Sprig functions
/// get a copy and print the struct (`{v1.35.0 v1.35.0 1 35}`).
public protocol GoTemplatePrintable: GoObject {
    /// What an action prints for the value.
    var templateText: String { get }
}
