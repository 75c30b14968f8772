import ArgumentParser

/// Helm's `--dry-run` is a flag with an optional value (`--dry-run`, `--dry-run=client|server|none`);
/// the argument parser has no such kind, so the `=value` forms are rewritten before parsing.
enum DryRunFlag {
    struct InvalidValue: Error, CustomStringConvertible {
        var value: String
        var allowed: String
        var description: String { "invalid dry-run value (\"\(value)\"). Must be \(allowed)" }
    }

    /// `--dry-run=client` and `--dry-run=server` become `--dry-run` (there is no cluster, so both only simulate);
    /// `--dry-run=none` (and `false`) drop the flag; `template` accepts only client and server, as Helm does.
    static func normalize(_ arguments: [String]) throws -> [String] {
        let isTemplate = arguments.first == "template"
        var out: [String] = []
        for (index, argument) in arguments.enumerated() {
            if argument == "--" {
                out += arguments[index...]
                break
            }
            guard argument.hasPrefix("--dry-run=") else {
                out.append(argument)
                continue
            }
            let value = String(argument.dropFirst("--dry-run=".count))
            switch value {
            case "client", "server", "true":
                out.append("--dry-run")
            case "none" where !isTemplate, "false" where !isTemplate:
                continue
            default:
                throw InvalidValue(value: value, allowed: isTemplate ? "\"server\" or \"client\"" : "\"none\", \"server\", or \"client\"")
            }
        }
        return out
    }
}
