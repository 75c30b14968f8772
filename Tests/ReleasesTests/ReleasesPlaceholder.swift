import Testing

@Suite struct ReleasesPlaceholder {}
