import Crypto

/// SHA-256 as lower-case hex, the form Helm writes in index.yaml digests and Chart.lock.
enum SHA256Digest {
    static func hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
