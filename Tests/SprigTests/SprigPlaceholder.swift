import Testing

@Suite struct SprigPlaceholder {}
