#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Go value as a template sees it: the dynamic contents of an `interface{}`.
///
/// Numbers keep the Go type they were born with (`int` from `len`, `int64` from
/// `--set`, `float64` from a values file) because printing, `typeOf` and
/// arithmetic all depend on it. Maps are references (`GoMap` is a class), as in Go.
public enum GoValue: @unchecked Sendable {
    /// The nil interface: a missing map key, `nil`, an unset value.
    case `nil`
    case bool(Bool)
    case string(String)
    /// Go's `int` (64-bit on every platform Helm ships for).
    case int(Int)
    case int64(Int64)
    case float64(Double)
    /// Any other sized integer (`int32` runes, `uint8` bytes, `uint64`, ...).
    case integer(Int64, GoType)
    /// An unsigned 64-bit integer too large for `Int64`.
    case uint64(UInt64)
    case float32(Float)
    /// A slice: `[]interface{}` or a typed slice such as `[]string`.
    case slice(GoSlice)
    /// A `map[string]T`; a reference, so mutations are shared.
    case map(GoMap)
    /// A struct, pointer or other named type with fields and methods.
    case object(any GoObject)
}

/// A Go slice. Slices are values here: Go templates and Sprig never write through
/// a slice they were given, they build new ones.
public struct GoSlice: @unchecked Sendable {
    public var elements: [GoValue]
    /// The element type: `.interface` for `[]interface{}`, `.string` for `[]string`.
    public var elementType: GoType
    /// A nil slice prints as `[]` but encodes to JSON as `null`.
    public var isNil: Bool

    public init(_ elements: [GoValue] = [], elementType: GoType = .interface, isNil: Bool = false) {
        self.elements = elements
        self.elementType = elementType
        self.isNil = isNil
    }

    public var count: Int { elements.count }
    public var type: GoType { .slice(elementType) }
}

/// A Go `map[string]T`. A class, because a Go map is a reference: `set` on
/// `.Values` in one template is seen by every later template.
public final class GoMap: @unchecked Sendable {
    public var entries: [String: GoValue]
    /// The value type: `.interface` for `map[string]interface{}`.
    public let valueType: GoType
    /// A nil map reads as empty but encodes to JSON as `null`; writing to it is a Go panic.
    public var isNil: Bool

    public init(_ entries: [String: GoValue] = [:], valueType: GoType = .interface, isNil: Bool = false) {
        self.entries = entries
        self.valueType = valueType
        self.isNil = isNil
    }

    public subscript(key: String) -> GoValue? {
        get { entries[key] }
        set { entries[key] = newValue }
    }

    public var count: Int { entries.count }
    /// Keys in Go's printing order (byte order of the UTF-8 text).
    public var sortedKeys: [String] { entries.keys.sorted(by: goStringLess) }
    public var type: GoType { .map(key: .string, value: valueType) }

    /// A new map with the same entries (Go's shallow copy).
    public func copy() -> GoMap { GoMap(entries, valueType: valueType, isNil: isNil) }
}

/// Go's string ordering: bytewise over UTF-8, which Swift's `<` on String is not.
@inlinable
public func goStringLess(_ a: String, _ b: String) -> Bool {
    // Sorting map keys and file names calls this millions of times on big charts: compare
    // the contiguous UTF-8 with memcmp rather than stepping two iterators.
    let fast: Bool?? = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            let common = min(x.count, y.count)
            if common > 0 {
                let order = memcmp(x.baseAddress!, y.baseAddress!, common)
                if order != 0 { return order < 0 }
            }
            return x.count < y.count
        }
    }
    if let fast, let fast { return fast }
    var ia = a.utf8.makeIterator()
    var ib = b.utf8.makeIterator()
    while true {
        switch (ia.next(), ib.next()) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?): if x != y { return x < y }
        }
    }
}

/// A Go function or method as the template executor calls it.
///
/// Parameter types drive Go's argument checks and the typing of untyped
/// constants (`{{ substr 0 3 .x }}` passes `int`s because `substr` takes ints).
public struct GoFunction: @unchecked Sendable {
    /// Types of the fixed parameters.
    public var parameters: [GoType]
    /// The element type of a final `...T` parameter, if the function is variadic.
    public var variadic: GoType?
    /// The result type, used where Go reports it (`%T` of a method value is never needed).
    public var result: GoType
    /// Called with arguments already checked and converted; throws `GoCallError` for Go's error result.
    public var body: ([GoValue]) throws -> GoValue

    public init(_ parameters: [GoType], variadic: GoType? = nil, result: GoType = .interface,
                body: @escaping ([GoValue]) throws -> GoValue) {
        self.parameters = parameters
        self.variadic = variadic
        self.result = result
        self.body = body
    }
}

/// The error a Go function returns (its second result). The executor wraps it as
/// `error calling NAME: MESSAGE`.
public struct GoCallError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A Go struct, pointer or named type that exposes fields and methods to templates
/// (`.Files.Get`, `.Capabilities.APIVersions.Has`, a `time.Time`, a semver `*Version`).
public protocol GoObject: AnyObject {
    /// The Go type, as `%T` and `typeOf` print it (`*chart.Metadata`, `time.Time`).
    var goType: GoType { get }
    /// The exported field `name`, or nil when the type has no such field.
    func field(_ name: String) -> GoValue?
    /// The method `name`, or nil when the type has no such method.
    func method(_ name: String) -> GoFunction?
    /// What `%v` prints (Go's `{a b}` for structs, or a `String()` method's result).
    func formatted(plus: Bool) -> String
    /// Whether the value is Go's zero or nil for truth tests (`if`); structs are always true.
    var isTruthy: Bool { get }
}

extension GoObject {
    public func method(_ name: String) -> GoFunction? { nil }
    public var isTruthy: Bool { true }
}
