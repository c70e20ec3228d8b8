// Package input reads one advert for the CLI: it enforces the size limits,
// refuses binary files, decodes UTF-16 with a byte-order mark, notes
// invalid UTF-8, and decides whether the advert is an HTML page. It never
// changes the bytes of a UTF-8 text, so the screener's evidence offsets
// point at the user's own file.
package input

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/jobscreen/jobscreen/screener"
	"golang.org/x/text/encoding/unicode"
)

// HTMLFactor is how much larger than max_text_bytes an HTML page may be:
// markup, scripts and site chrome are most of a saved page.
const HTMLFactor = 8

// sniffLen is how much of the input the binary and HTML checks look at.
const (
	binarySniff = 8 << 10
	htmlSniff   = 1 << 10
)

// Advert is one input ready to screen.
type Advert struct {
	Name  string
	Data  []byte
	HTML  bool
	Notes []string // what the user should know about how it was read
}

// Error is a problem with the input itself (exit code 3), as opposed to
// the configuration.
type Error struct {
	Name, Msg string
}

func (e *Error) Error() string { return e.Name + ": " + e.Msg }

// Read reads an advert called name from r. maxText is the limit for plain
// text; HTML may be HTMLFactor times larger.
func Read(r io.Reader, name string, maxText int) (Advert, error) {
	capBytes := int64(maxText) * HTMLFactor
	data, err := io.ReadAll(io.LimitReader(r, capBytes+1))
	if err != nil {
		return Advert{}, &Error{name, "cannot read: " + err.Error()}
	}
	if int64(len(data)) > capBytes {
		return Advert{}, &Error{name, fmt.Sprintf("is over %d bytes, the limit for an HTML page (%d for plain text); set max_text_bytes to raise it", capBytes, maxText)}
	}
	a := Advert{Name: name, Data: data}
	a.decodeUTF16()
	if looksBinary(a.Data) {
		return Advert{}, &Error{name, "looks like a binary file, not an advert"}
	}
	if len(bytes.TrimSpace(a.Data)) == 0 {
		return Advert{}, &Error{name, "is empty: there is no advert to screen"}
	}
	a.HTML = isHTMLName(name) || screener.LooksLikeHTML(head(a.Data, htmlSniff))
	if !a.HTML && len(a.Data) > maxText {
		return Advert{}, &Error{name, fmt.Sprintf("is %d bytes; the limit for plain text is %d (set max_text_bytes to raise it)", len(a.Data), maxText)}
	}
	if !a.HTML {
		a.noteBadUTF8()
	}
	return a, nil
}

func isHTMLName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm"
}

func head(b []byte, n int) []byte {
	return b[:min(len(b), n)]
}

// decodeUTF16 converts UTF-16 with a byte-order mark, which Windows
// editors still write; without the BOM UTF-16 cannot be told apart safely
// and is left to the binary check.
func (a *Advert) decodeUTF16() {
	var order string
	switch {
	case bytes.HasPrefix(a.Data, []byte{0xFF, 0xFE}):
		order = "little-endian"
	case bytes.HasPrefix(a.Data, []byte{0xFE, 0xFF}):
		order = "big-endian"
	default:
		return
	}
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(a.Data)
	if err != nil {
		return // leave it to the binary check
	}
	a.Data = out
	a.Notes = append(a.Notes, fmt.Sprintf("decoded UTF-16 (%s, with byte-order mark) to UTF-8; evidence offsets refer to the decoded text", order))
}

// looksBinary: any NUL, or mostly bytes that are neither printable text
// nor common whitespace, in the first 8 KB. Invalid UTF-8 alone is not
// binary: Latin-1 adverts are text with a few bad bytes.
func looksBinary(data []byte) bool {
	h := head(data, binarySniff)
	if bytes.IndexByte(h, 0) >= 0 {
		return true
	}
	odd := 0
	for i := 0; i < len(h); {
		r, size := utf8.DecodeRune(h[i:])
		if r == utf8.RuneError && size == 1 && len(h)-i >= utf8.UTFMax {
			odd++
		} else if r < 0x20 && !strings.ContainsRune("\t\n\r\f\v\x1b", r) {
			odd++
		}
		i += size
	}
	return len(h) > 0 && odd*10 > len(h)*3
}

// noteBadUTF8 names the first bad byte: the engine reads it as U+FFFD and
// keeps offsets exact, but the user should know the file's encoding is off.
func (a *Advert) noteBadUTF8() {
	for i := 0; i < len(a.Data); {
		r, size := utf8.DecodeRune(a.Data[i:])
		if r == utf8.RuneError && size == 1 {
			a.Notes = append(a.Notes, fmt.Sprintf("not valid UTF-8: first bad byte 0x%02X at offset %d; screened anyway, bad bytes read as U+FFFD", a.Data[i], i))
			return
		}
		i += size
	}
}
