import GoTemplate

/// Go's text/template from the GoTemplate target drives chart rendering.
extension TemplateSet: TemplateRunner {
    public func cloneRunner() -> TemplateRunner { clone() }
}

extension ChartRenderer {
    /// A fresh `GoTemplate.TemplateSet`, the production template engine.
    public static let templateSet: TemplateRunnerFactory = { missingKey in
        TemplateSet(functions: [:], missingKey: missingKey)
    }
}
