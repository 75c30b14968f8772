/// The message Go's `encoding/asn1` gives when a key's bytes do not even start
/// with the SEQUENCE its structure expects, the usual failure of pasted garbage.
/// Deeper failures get a shorter message of our own.
enum GoASN1Error {
    /// `asn1.Unmarshal(der, &structName{})`'s error for a non-sequence first element.
    static func message(_ der: [UInt8], structName: String) -> String {
        if der.isEmpty { return "asn1: syntax error: sequence truncated" }
        let first = der[0]
        let tagClass = Int(first >> 6)
        let compound = first & 0x20 != 0
        let tag = Int(first & 0x1f)
        guard tag != 0x1f, der.count >= 2 else { return "asn1: syntax error: truncated tag or length" }
        var length = Int(der[1])
        var offset = 2
        if length & 0x80 != 0 {
            let count = length & 0x7f
            guard count > 0, count <= 4, der.count >= 2 + count else {
                return "asn1: syntax error: truncated tag or length"
            }
            length = der[2..<(2 + count)].reduce(0) { $0 << 8 | Int($1) }
            offset += count
        }
        if tagClass == 0 && tag == 16 && compound {
            return "asn1: structure error: \(structName) is malformed"
        }
        let params = "{optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> "
            + "stringType:0 timeType:0 set:false omitEmpty:false}"
        return "asn1: structure error: tags don't match (16 vs {class:\(tagClass) tag:\(tag) length:\(length) "
            + "isCompound:\(compound)}) \(params) \(structName) @\(offset)"
    }
}
