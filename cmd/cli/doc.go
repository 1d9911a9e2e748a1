// Package cli is newsgraph's command tree. NewRootCmd builds it from a
// Factory that carries the IO streams and opens the store and the extractor,
// so every command can run in-process in tests. Each command has an options
// struct filled from its flags and a run function that writes to the
// Factory's streams.
package cli
