public import Schema

extension ProgrammeConfiguration {
    /// Checks that every submission type an agency or commune is expected (or allowed) to send
    /// is one of the loaded schemas.
    ///
    /// This cannot happen while loading: the configuration is read before the schemas, and a
    /// test or a tool may load one without the other. Call it once both are loaded.
    ///
    /// - Throws: a ``JSONError`` on the first unknown name (`agencies[2].expects[0]`), with the
    ///   nearest known name.
    public func validate(knownTypes: Set<String>) throws(JSONError) {
        let known = knownTypes.sorted()
        func check(_ names: [String], _ path: String) throws(JSONError) {
            for (index, name) in names.enumerated() where !knownTypes.contains(name) {
                var message = "unknown submission type '\(name)'"
                if let near = NearestName.nearest(name, in: known, limit: max(2, name.count / 3)) {
                    message += "; did you mean '\(known[near])'?"
                }
                throw JSONError(source: source, path: "\(path)[\(index)]", message: message)
            }
        }
        for (index, agency) in agencies.enumerated() {
            try check(agency.expects, "agencies[\(index)].expects")
            try check(agency.optional, "agencies[\(index)].optional")
        }
        try check(communeExpects, "communes.expects")
        try check(communeOptional, "communes.optional")
    }
}
