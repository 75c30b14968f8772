import Foundation

/// The reference-Helm table written by scripts/gen-yaml-cases.py (testdata/yaml/cases.json).
enum OracleCases {
    struct Decode: Decodable, CustomTestStringConvertibleLike {
        var name: String
        var kind: String
        var src: String
        var toJson: String
        var toYaml: String
        /// Absent when equal to `toJson`.
        var toRawJson: String?
        var toPrettyJson: String
        var toYamlPretty: String
        var toToml: String
        var label: String { "\(name) \(kind) \(src.prefix(40).debugDescription)" }
    }

    struct Str: Decodable, CustomTestStringConvertibleLike {
        var name: String
        var src: String
        var value: String
        var key: String
        var item: String
        var nested: String
        var nested2: String
        var item2: String
        var toJson: String
        var toRawJson: String
        var pretty: String
        var prettyNested: String
        var label: String { "\(name) \(src.prefix(40).debugDescription)" }
    }

    struct Values: Decodable, CustomTestStringConvertibleLike {
        var name: String
        var src: String
        var json: String?
        var error: String?
        var label: String { "\(name) \(src.prefix(40).debugDescription)" }
    }

    struct Split: Decodable, CustomTestStringConvertibleLike {
        var name: String
        var src: String
        var docs: [String]
        var label: String { "\(name) \(src.prefix(40).debugDescription)" }
    }

    struct ChartField: Decodable, CustomTestStringConvertibleLike {
        var name: String
        var src: String
        var appVersion: String
        var description: String
        var label: String { "\(name) \(src.split(separator: "\n").last ?? "")" }
    }

    struct Head: Decodable, CustomTestStringConvertibleLike {
        var name: String
        var src: String
        var error: String?
        var label: String { "\(name) \(src.prefix(40).debugDescription)" }
    }

    struct File: Decodable {
        var heads: [Head]
        var chartFields: [ChartField]
        var decode: [Decode]
        var strings: [Str]
        var values: [Values]
        var split: [Split]
    }

    static let file: File = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("testdata/yaml/cases.json")
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode(File.self, from: data)
    }()
}

/// A short label so failing table rows are easy to find.
protocol CustomTestStringConvertibleLike: CustomStringConvertible { var label: String { get } }
extension CustomTestStringConvertibleLike { var description: String { label } }
