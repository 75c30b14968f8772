import GoValue

/// A `*semver.Version` (or, after `IncMajor` and friends, a `semver.Version`) as templates see
/// it: `%v` is the canonical text, and the library's exported methods are callable.
final class SemverVersionObject: GoObject {
    let version: SemanticVersion
    /// `*semver.Version` from `semver`; the plain value type from methods that return `Version`.
    let isPointer: Bool

    init(_ version: SemanticVersion, isPointer: Bool = true) {
        self.version = version
        self.isPointer = isPointer
    }

    static let valueType = GoType.named("semver.Version", kind: .struct)
    static let pointerType = GoType.pointer(valueType)

    var goType: GoType { isPointer ? Self.pointerType : Self.valueType }

    /// The struct's fields are unexported, so templates can reach none of them.
    func field(_ name: String) -> GoValue? { nil }

    func formatted(plus: Bool) -> String { version.description }

    func method(_ name: String) -> GoFunction? {
        let v = version
        switch name {
        case "Major": return GoFunction([], result: .uint64) { _ in Self.unsigned(v.major) }
        case "Minor": return GoFunction([], result: .uint64) { _ in Self.unsigned(v.minor) }
        case "Patch": return GoFunction([], result: .uint64) { _ in Self.unsigned(v.patch) }
        case "Prerelease": return GoFunction([], result: .string) { _ in .string(v.prerelease) }
        case "Metadata": return GoFunction([], result: .string) { _ in .string(v.metadata) }
        case "String": return GoFunction([], result: .string) { _ in .string(v.description) }
        case "IncMajor": return GoFunction([], result: Self.valueType) { _ in Self.value(v.incremented(.major)) }
        case "IncMinor": return GoFunction([], result: Self.valueType) { _ in Self.value(v.incremented(.minor)) }
        case "IncPatch": return GoFunction([], result: Self.valueType) { _ in Self.value(v.incremented(.patch)) }
        case "SetPrerelease":
            return GoFunction([.string], result: Self.valueType) { args in
                do throws(SemverError) { return Self.value(try v.replacing(prerelease: args[0].stringValue ?? "")) } catch {
                    throw GoCallError(error.description)
                }
            }
        case "SetMetadata":
            return GoFunction([.string], result: Self.valueType) { args in
                do throws(SemverError) { return Self.value(try v.replacing(metadata: args[0].stringValue ?? "")) } catch {
                    throw GoCallError(error.description)
                }
            }
        default: break
        }
        // The remaining methods have pointer receivers: a plain value cannot call them.
        guard isPointer else { return nil }
        switch name {
        case "Original": return GoFunction([], result: .string) { _ in .string(v.original) }
        case "Compare": return comparing(.int) { .int(v.compare($0)) }
        case "LessThan": return comparing(.bool) { .bool(v.compare($0) < 0) }
        case "LessThanEqual": return comparing(.bool) { .bool(v.compare($0) <= 0) }
        case "GreaterThan": return comparing(.bool) { .bool(v.compare($0) > 0) }
        case "GreaterThanEqual": return comparing(.bool) { .bool(v.compare($0) >= 0) }
        case "Equal": return comparing(.bool) { .bool(v.compare($0) == 0) }
        default: return nil
        }
    }

    private func comparing(_ result: GoType, _ body: @escaping (SemanticVersion) -> GoValue) -> GoFunction {
        GoFunction([Self.pointerType], result: result) { args in
            guard case .object(let o) = args[0], let other = o as? SemverVersionObject else {
                // Go would dereference a nil *Version and panic.
                throw GoCallError("runtime error: invalid memory address or nil pointer dereference")
            }
            return body(other.version)
        }
    }

    private static func value(_ v: SemanticVersion) -> GoValue { .object(SemverVersionObject(v, isPointer: false)) }

    /// A Go `uint64`, kept in the sized-integer case while it fits in `Int64`.
    static func unsigned(_ n: UInt64) -> GoValue {
        n <= UInt64(Int64.max) ? .integer(Int64(n), .uint64) : .uint64(n)
    }
}

extension SemverVersionObject: GoJSONEncodable {
    /// `Version.MarshalJSON`: the canonical text as a JSON string.
    func goJSONValue() -> GoValue { .string(version.description) }
}
