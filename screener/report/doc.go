// Package report renders screener Reports: a text report for people (with
// colour on a terminal), and JSON for programs. Every writer takes an
// io.Writer and writes only what it is given; the wording of each finding
// comes from its rule, so every format explains a listing the same way.
package report
