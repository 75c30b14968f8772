import GoTemplate
import GoValue
#if canImport(Glibc)
import Glibc
#endif

/// Parse and execute timing for a generated 2,000-line chart-like template:
/// defines called from nested ranges, printf, conditionals and variables.
@main
struct TemplateBench {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func ms(_ seconds: Double) -> String {
        let v = (seconds * 1_000_000).rounded() / 1000
        return "\(v)"
    }

    static func makeTemplate(lines target: Int) -> String {
        var out: [String] = []
        var d = 0
        while out.count < target / 4 {
            out.append("{{- define \"helper.\(d)\" -}}")
            out.append("name: {{ printf \"%s-%d\" .name \(d) }}")
            out.append("{{- if .enabled }} enabled: true{{ else }} enabled: false{{ end }}")
            out.append("{{- end }}")
            d += 1
        }
        var i = 0
        while out.count < target {
            out.append("# block \(i)")
            out.append("{{- range $i, $svc := .Values.services }}")
            out.append("- {{ template \"helper.\(i % d)\" $svc }}")
            out.append("  index: {{ $i }}")
            out.append("  {{- range $k, $v := $svc.labels }}")
            out.append("  {{ $k }}: {{ $v | printf \"%q\" }}")
            out.append("  {{- end }}")
            out.append("  ports:{{ range $svc.ports }} {{ . }}{{ end }}")
            out.append("  {{- with $svc.extra }}extra: {{ .note }}{{ else }}no-extra{{ end }}")
            out.append("  {{- if and $svc.enabled (gt (len $svc.ports) 2) }} many{{ end }}")
            out.append("{{- end }}")
            i += 1
        }
        return out.joined(separator: "\n")
    }

    static func makeData() -> GoValue {
        let services: [GoValue] = (0..<20).map { s in
            var labels: [String: GoValue] = [:]
            for l in 0..<10 { labels["label\(l)"] = .string("value-\(s)-\(l)") }
            var svc: [String: GoValue] = [
                "name": .string("svc\(s)"), "enabled": .bool(s % 2 == 0),
                "labels": .dict(labels), "ports": .list((0..<5).map { .float64(Double(8000 + $0)) }),
            ]
            if s % 3 == 0 { svc["extra"] = .dict(["note": .string("n\(s)")]) }
            return .dict(svc)
        }
        return .dict(["Values": .dict(["services": .list(services)])])
    }

    static func main() throws {
        let args = CommandLine.arguments
        let runs = args.count > 1 ? Int(args[1]) ?? 20 : 20
        let text = makeTemplate(lines: 2000)
        let data = makeData()
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count

        var set = TemplateSet(missingKey: .zero)
        try set.parse(name: "bench.yaml", text: text)
        var output = try set.execute(name: "bench.yaml", data: data)

        let p0 = now()
        for _ in 0..<runs {
            set = TemplateSet(missingKey: .zero)
            try set.parse(name: "bench.yaml", text: text)
        }
        let parse = (now() - p0) / Double(runs)

        let e0 = now()
        for _ in 0..<runs {
            output = try set.execute(name: "bench.yaml", data: data)
        }
        let exec = (now() - e0) / Double(runs)

        print("template bench: \(lineCount) template lines, \(text.utf8.count) bytes, output \(output.utf8.count) bytes, \(runs) runs")
        print("parse:   \(ms(parse)) ms/run")
        print("execute: \(ms(exec)) ms/run")
    }
}
