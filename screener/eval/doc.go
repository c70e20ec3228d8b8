// Package eval measures how well jobscreen's scores separate recruitment
// scams from honest adverts, and fits rule points to labelled data.
//
// It is pure arithmetic on labelled samples — no I/O, deterministic, the
// standard library only — so that the eval and calibrate commands, tests
// and notebooks all get the same numbers.
package eval
