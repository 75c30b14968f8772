// Releases: release model, store and actions.
