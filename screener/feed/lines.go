package feed

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// lineReader hands out physical lines with their numbers and never holds
// more than max bytes of one line, so a file without newlines cannot make
// the reader grow without bound.
type lineReader struct {
	br   *bufio.Reader
	max  int
	num  int
	buf  []byte
	done bool
	// quotes is the number of '"' in the line last returned.
	quotes int
}

var quote = []byte{'"'}

// next returns the next line including its '\n' (valid until the next
// call), its 1-based number, and whether it was longer than max (the
// returned bytes are then only its start). err is io.EOF at the end.
// quotes counts the '"' of the whole line, also of a line too long to keep,
// so that a CSV reader can still tell where a quoted field ends.
func (lr *lineReader) next() (line []byte, num int, tooLong bool, err error) {
	if lr.done {
		return nil, lr.num, false, io.EOF
	}
	lr.buf = lr.buf[:0]
	lr.quotes = 0
	for {
		chunk, err := lr.br.ReadSlice('\n')
		lr.quotes += bytes.Count(chunk, quote)
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.max {
				tooLong = true
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch {
		case err == nil:
			lr.num++
			return lr.buf, lr.num, tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			lr.done = true
			if len(lr.buf) == 0 && !tooLong {
				return nil, lr.num, false, io.EOF
			}
			lr.num++
			return lr.buf, lr.num, tooLong, nil
		default:
			lr.done = true
			return nil, lr.num, false, err
		}
	}
}
