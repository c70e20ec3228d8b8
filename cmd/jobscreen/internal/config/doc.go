// Package config owns the jobscreen CLI's configuration: the typed Config
// that every command reads, its defaults, the search for a config file, the
// one viper instance per run that layers flags over JOBSCREEN_* environment
// variables over the file over the defaults, validation with messages that
// say what is allowed, and the provenance of every value so that
// `jobscreen config` can say where each setting came from.
//
// It also turns a Config into screener.Options, reading the files the
// configuration names (extra rule packs, a points file, a company registry).
// Nothing here prints; errors carry the file and key at fault.
package config
