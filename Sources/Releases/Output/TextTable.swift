/// gosuri/uitable as Helm uses it: every cell padded on the right to its column's
/// width, cells joined by a tab, rows by newlines (Helm adds the final newline).
public struct TextTable: Sendable {
    public private(set) var rows: [[String]] = []

    public init() {}

    /// Appends a row; rows may differ in length.
    public mutating func addRow(_ cells: [String]) { rows.append(cells) }

    /// The table as Helm's `EncodeTable` writes it, final newline included.
    public var text: String {
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                if i >= widths.count { widths.append(0) }
                widths[i] = max(widths[i], cell.count)
            }
        }
        let lines = rows.map { row in
            row.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - cell.count) }
                .joined(separator: "\t")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
