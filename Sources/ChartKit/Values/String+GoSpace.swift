extension String {
    /// `strings.TrimSpace`.
    func trimmingGoSpace() -> String {
        // Walks the scalar view in place: the manifest sorter calls this on every rendered
        // document, and copying each into an array of scalars cost about a tenth of a render.
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start {
            let last = scalars.index(before: end)
            guard scalars[last].properties.isWhitespace else { break }
            end = last
        }
        if start == scalars.startIndex, end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}
