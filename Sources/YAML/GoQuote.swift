import GoValue

/// Go's `strconv.Quote`, for the Go-syntax values quoted inside error messages; a short
/// name over GoValue's port, which uses Go's own printability tables.
enum GoQuote {
    static func quote(_ s: String) -> String { Strconv.quote(s) }
}
