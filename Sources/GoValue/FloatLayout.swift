/// The IEEE layout of Go's float64 or float32.
struct FloatLayout {
    /// Stored fraction bits (52 or 23).
    let mantissaBits: Int
    /// The binary exponent of the smallest subnormal's unit (-1074 or -149).
    let minExponent: Int
    /// The biased exponent field of infinities and NaNs.
    let maxBiased: UInt64

    static let float64 = FloatLayout(mantissaBits: 52, minExponent: -1074, maxBiased: 0x7FF)
    static let float32 = FloatLayout(mantissaBits: 23, minExponent: -149, maxBiased: 0xFF)
}
