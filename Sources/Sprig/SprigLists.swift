import Foundation
import GoValue

/// Sprig's list functions. They accept any slice (`[]string` from `splitList`, `[]int`
/// from `until`) and, like Sprig, build new `[]interface{}` results instead of changing
/// the input. The `must` variants differ from the others only in Go (error vs panic);
/// a template reports both the same way.
enum SprigLists {
    static func functions(_ env: SprigEnvironment) -> [String: GoFunction] {
        typealias V = SprigCoreValues
        var f: [String: GoFunction] = [:]
        let list = GoFunction([], variadic: .interface, result: .slice(.interface)) { a in .list(a) }
        f["list"] = list
        f["tuple"] = list

        let push = GoFunction([.interface, .interface], result: .slice(.interface)) { a in
            .list(try V.requireList(a[0]) { "Cannot push on type \($0)" } + [a[1]])
        }
        f["append"] = push; f["push"] = push; f["mustAppend"] = push; f["mustPush"] = push

        both(&f, "prepend", GoFunction([.interface, .interface], result: .slice(.interface)) { a in
            .list([a[1]] + (try V.requireList(a[0]) { "Cannot prepend on type \($0)" }))
        })
        both(&f, "first", GoFunction([.interface]) { a in
            try V.requireList(a[0]) { "Cannot find first on type \($0)" }.first ?? .nil
        })
        both(&f, "last", GoFunction([.interface]) { a in
            try V.requireList(a[0]) { "Cannot find last on type \($0)" }.last ?? .nil
        })
        both(&f, "rest", GoFunction([.interface], result: .slice(.interface)) { a in
            let l = try V.requireList(a[0]) { "Cannot find rest on type \($0)" }
            return l.isEmpty ? nilList : .list(Array(l.dropFirst()))
        })
        both(&f, "initial", GoFunction([.interface], result: .slice(.interface)) { a in
            let l = try V.requireList(a[0]) { "Cannot find initial on type \($0)" }
            return l.isEmpty ? nilList : .list(Array(l.dropLast()))
        })
        both(&f, "reverse", GoFunction([.interface], result: .slice(.interface)) { a in
            .list(try V.requireList(a[0]) { "Cannot find reverse on type \($0)" }.reversed())
        })
        both(&f, "uniq", GoFunction([.interface], result: .slice(.interface)) { a in
            var out: [GoValue] = []
            for item in try V.requireList(a[0], { "Cannot find uniq on type \($0)" })
            where !out.contains(where: { V.deepEqual(item, $0) }) {
                out.append(item)
            }
            return .list(out)
        })
        both(&f, "without", GoFunction([.interface], variadic: .interface, result: .slice(.interface)) { a in
            let omit = a.dropFirst()
            let l = try V.requireList(a[0]) { "Cannot find without on type \($0)" }
            return .list(l.filter { item in !omit.contains { V.deepEqual(item, $0) } })
        })
        both(&f, "has", GoFunction([.interface, .interface], result: .bool) { a in
            if a[1].isNil { return .bool(false) }
            let l = try V.requireList(a[1]) { "Cannot find has on type \($0)" }
            return .bool(l.contains { V.deepEqual(a[0], $0) })
        })
        let compact = GoFunction([.interface], result: .slice(.interface)) { a in
            .list(try V.requireList(a[0]) { "Cannot compact on type \($0)" }.filter { !V.isEmpty($0) })
        }
        f["compact"] = compact; f["mustCompact"] = compact
        both(&f, "slice", GoFunction([.interface], variadic: .interface) { a in try slice(a[0], Array(a.dropFirst())) })
        f["concat"] = GoFunction([], variadic: .interface) { a in
            var out: [GoValue] = []
            for l in a { out += try V.requireList(l) { "Cannot concat type \($0) as list" } }
            return out.isEmpty ? nilList : .list(out)
        }
        both(&f, "chunk", GoFunction([.int, .interface], result: .slice(.slice(.interface))) { a in
            try chunk(SprigCoreArgs.int(a[0]), a[1])
        })
        f["sortAlpha"] = GoFunction([.interface], result: .slice(.string)) { a in
            guard case .slice = a[0] else { return .strings([V.strval(a[0])]) }
            return .strings(SprigConversion.strslice(a[0]).sorted(by: goStringLess))
        }
        return f
    }

    /// A nil `[]interface{}`: prints `[]`, but is what Sprig returns for `rest` of an empty list.
    static let nilList = GoValue.slice(GoSlice([], isNil: true))

    private static func both(_ f: inout [String: GoFunction], _ name: String, _ fn: GoFunction) {
        f[name] = fn
        f["must" + name.prefix(1).uppercased() + name.dropFirst()] = fn
    }

    /// Sprig's `slice list [start [end]]`: Go's `list[start:end]`, keeping the slice's type.
    static func slice(_ value: GoValue, _ indices: [GoValue]) throws -> GoValue {
        if value.isNil { throw SprigCoreValues.nilDereference }
        guard case .slice(let s) = value else {
            throw GoCallError("list should be type of slice or array but \(SprigCoreValues.kindName(value))")
        }
        if s.elements.isEmpty { return .nil }
        let start = indices.isEmpty ? 0 : SprigCast.toInt(indices[0])
        let end = indices.count < 2 ? s.count : SprigCast.toInt(indices[1])
        guard start >= 0, end >= start, end <= s.count else {
            throw GoCallError("reflect.Value.Slice: slice index out of bounds")
        }
        return .slice(GoSlice(Array(s.elements[start..<end]), elementType: s.elementType))
    }

    /// Sprig's `chunk`, including the panics Go raises for a size of zero or less.
    static func chunk(_ size: Int, _ value: GoValue) throws -> GoValue {
        let l = try SprigCoreValues.requireList(value) { "Cannot chunk type \($0)" }
        let lenError = GoCallError("runtime error: makeslice: len out of range")
        let count = Int(SprigCast.goTruncate(Foundation.floor(Double(l.count - 1) / Double(size)))) &+ 1
        if count < 0 { throw lenError }
        var chunks: [GoValue] = []
        for i in 0..<count {
            var clen = size
            if i == count - 1 {
                clen = Int(SprigCast.goTruncate(Foundation.floor(fmod(Double(l.count), Double(size)))))
                if clen == 0 { clen = size }
            }
            if clen < 0 { throw lenError }
            var part: [GoValue] = []
            for j in 0..<clen {
                let ix = i * size + j
                if ix < 0 || ix >= l.count { throw GoCallError("reflect: slice index out of range") }
                part.append(l[ix])
            }
            chunks.append(.list(part))
        }
        return .slice(GoSlice(chunks, elementType: .slice(.interface)))
    }
}
