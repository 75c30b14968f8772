import SwiftASN1
import X509

extension DERBuilder {
    /// The DER bytes of a name, to compare issuer and subject as Go does.
    static func serialize(_ name: DistinguishedName) -> [UInt8] {
        var serializer = SwiftASN1.DER.Serializer()
        try? serializer.serialize(name)
        return serializer.serializedBytes
    }
}
