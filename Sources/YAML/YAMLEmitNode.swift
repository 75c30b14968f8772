/// What the go-yaml v2 encoder hands its emitter for one value: a scalar with the style
/// the encoder asked for, or a block collection. (Only the shapes `toYaml` produces.)
indirect enum YAMLEmitNode {
    enum Style { case plain, doubleQuoted, literal }
    case scalar(String, Style)
    case sequence([YAMLEmitNode])
    case mapping([(key: YAMLEmitNode, value: YAMLEmitNode)])
}
