extension String {
    /// Helm's engine deletes every `<no value>` from rendered text. This compares UTF-8 bytes:
    /// Foundation's `contains` goes through NSString and showed up in profiles of large charts.
    func removingNoValue() -> String {
        let marker = Array("<no value>".utf8)
        var text = self
        return text.withUTF8 { buffer in
            guard var hit = Self.firstIndex(of: marker, in: buffer, from: 0) else { return self }
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count)
            var start = 0
            while true {
                out.append(contentsOf: buffer[start..<hit])
                start = hit + marker.count
                guard let next = Self.firstIndex(of: marker, in: buffer, from: start) else { break }
                hit = next
            }
            out.append(contentsOf: buffer[start...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let first = needle[0]
        guard haystack.count >= needle.count else { return nil }
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
