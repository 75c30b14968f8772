/// Why an archive was refused or could not be written; Helm's wording where Helm has one.
public enum ArchiveError: Error, CustomStringConvertible, Equatable, Sendable {
    case notGzip
    case empty
    case absolutePath(String)
    case outsideBase(String)
    case parentReference(String)
    case drivePath(String)
    case chartYAMLNotInBase
    case link(String)
    case special(String)
    case duplicate(String)
    case tooLarge(Int64)
    case fileTooLarge(String, Int64)
    case tooManyEntries(Int)
    case library(String)
    case write(String)

    public var description: String {
        switch self {
        case .notGzip: return "file does not appear to be a gzipped archive"
        case .empty: return "no files in chart archive"
        case .absolutePath(let n): return "chart illegally contains absolute paths: \(quoted(n))"
        case .outsideBase(let n): return "chart illegally contains content outside the base directory: \(quoted(n))"
        case .parentReference(let n): return "chart illegally references parent directory: \(quoted(n))"
        case .drivePath(let n): return "chart contains illegally named files: \(quoted(n))"
        case .chartYAMLNotInBase: return "chart yaml not in base directory"
        case .link(let n): return "chart archive contains a link, which is not allowed: \(quoted(n))"
        case .special(let n): return "chart archive contains a device, fifo or other special file: \(quoted(n))"
        case .duplicate(let n): return "chart archive contains the same path twice: \(quoted(n))"
        case .tooLarge(let max): return "decompressed chart is larger than the maximum size \(max)"
        case .fileTooLarge(let n, let max): return "decompressed chart file \(quoted(n)) is larger than the maximum file size \(max)"
        case .tooManyEntries(let max): return "chart archive has more than \(max) entries"
        case .library(let message): return message
        case .write(let message): return message
        }
    }

    private func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
