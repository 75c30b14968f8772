import Testing

@Suite struct GoTemplatePlaceholder {}
