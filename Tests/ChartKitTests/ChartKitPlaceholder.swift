import Testing

@Suite struct ChartKitPlaceholder {}
