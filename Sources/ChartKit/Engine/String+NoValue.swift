import Foundation

extension String {
    /// Helm deletes every `<no value>` that Go prints for missing values.
    func removingNoValue() -> String {
        guard contains("<no value>") else { return self }
        return replacingOccurrences(of: "<no value>", with: "")
    }
}
