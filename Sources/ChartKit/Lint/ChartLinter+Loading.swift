extension ChartLinter.Run {
    /// Loads the chart folder as one of Helm's lint rules does (each rule loads it afresh), keeping
    /// the loader's log: every symbolic link followed is logged again on every load.
    mutating func loadChart() throws(ChartLoadError) -> Chart {
        var lines: [String] = []
        defer { for line in lines { log += line + "\n" } }
        return try ChartLoader.load(files: ChartLoader.readDirectory(dir, log: &lines), log: &lines)
    }
}
