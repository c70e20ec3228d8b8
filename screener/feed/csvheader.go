package feed

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// newCSV reads the header of a CSV or TSV stream and decides what each
// column fills.
func (r *Reader) newCSV(name string, br *bufio.Reader, c io.Closer, kind string) (source, error) {
	s := &csvSource{r: r, name: name, c: c, lr: lineReader{br: br, max: r.o.MaxItemBytes}, label: -1}
	s.cr = csv.NewReader(&s.feed)
	s.cr.Comma = r.o.Comma
	if s.cr.Comma == 0 {
		s.cr.Comma = sniffComma(br, kind)
	}
	s.cr.FieldsPerRecord = -1 // counted against the header per row, so a bad row is one error
	s.cr.ReuseRecord = true   // safe: every field is copied into the Listing at once
	st, err := s.readRaw()
	switch {
	case errors.Is(err, io.EOF):
		return nil, errors.New("empty file: no header row")
	case err != nil:
		return nil, err
	case st != recOK:
		return nil, errors.New("the header row is malformed")
	}
	hdr, line, err := s.parse()
	if err != nil {
		return nil, fmt.Errorf("header, line %d: %w", line, err)
	}
	s.columns(slices.Clone(hdr))
	return s, nil
}

// sniffComma picks the separator: TAB for .tsv, else what the header line
// holds more of.
func sniffComma(br *bufio.Reader, kind string) rune {
	if kind == kindTSV {
		return '\t'
	}
	head, _ := br.Peek(64 << 10)
	first, _, _ := bytes.Cut(head, []byte("\n"))
	if c := guessComma(string(first)); c != 0 {
		return c
	}
	return ','
}

// columns maps the header to Listing fields and warns, once, about
// columns it will not read.
func (s *csvSource) columns(hdr []string) {
	byField := map[string]string{}
	s.fields = make([]string, len(hdr))
	var ignored []string
	for i, col := range hdr {
		if s.r.res.isLabel(col) {
			s.label = i
			continue
		}
		f := s.r.res.field(col)
		if f == "" {
			if _, mapped := s.r.res.override[normName(col)]; !mapped {
				ignored = append(ignored, col)
			}
			continue
		}
		if prev, dup := byField[f]; dup {
			s.r.warn.add(fmt.Sprintf("%s: columns %q and %q both fill %s; reading %q", s.name, prev, col, f, prev))
			continue
		}
		byField[f] = col
		s.fields[i] = f
		s.prov = append(s.prov, f)
	}
	slices.Sort(s.prov)
	s.prov = slices.Clip(s.prov) // rows share it; an append by a caller must copy
	if len(ignored) > 0 {
		s.r.warn.add(fmt.Sprintf("%s: ignored columns: %s", s.name, strings.Join(ignored, ", ")))
	}
	s.warnMissing(hdr)
}

// warnMissing says when the label column or a Map entry matched nothing.
func (s *csvSource) warnMissing(hdr []string) {
	have := map[string]bool{}
	for _, col := range hdr {
		have[normName(col)] = true
	}
	if s.r.res.label != "" && s.label < 0 {
		s.r.warn.add(fmt.Sprintf("%s: no label column %q", s.name, s.r.o.LabelColumn))
	}
	for _, col := range slices.Sorted(maps.Keys(s.r.o.Map)) {
		if !have[normName(col)] {
			s.r.warn.add(fmt.Sprintf("%s: no column %q to map", s.name, col))
		}
	}
}
