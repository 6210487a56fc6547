package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"dossier"

	"golang.org/x/text/encoding/charmap"
)

// Decoded is text decoded to UTF-8, with what decoding had to do to it.
type Decoded struct {
	Text  string
	Notes []string
}

// Decode turns the raw bytes of a text input into UTF-8. It removes a byte
// order mark (UTF-8 or UTF-16, decoding UTF-16), reads 8-bit text that is
// not UTF-8 as windows-1252 (the usual encoding of such news pages, and a
// superset of Latin-1), replaces stray invalid bytes in otherwise valid
// UTF-8, and repairs mojibake: UTF-8 that was once or twice misread as
// windows-1252 ("Ã¢â‚¬â„¢" for "’"). It refuses input that is binary.
func Decode(data []byte) (Decoded, error) {
	var d Decoded
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		d.Text = decodeUTF16(data[2:], false)
		d.Notes = append(d.Notes, "decoded from UTF-16LE")
		return d, nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		d.Text = decodeUTF16(data[2:], true)
		d.Notes = append(d.Notes, "decoded from UTF-16BE")
		return d, nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return d, dossier.ErrEmpty
	}
	if looksBinary(data) {
		return d, dossier.ErrBinary
	}
	if utf8.Valid(data) {
		d.Text = string(data)
	} else if validMultibyte, invalid := countUTF8(data); validMultibyte == 0 {
		// Not one well-formed multi-byte sequence: an 8-bit encoding.
		s, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return d, fmt.Errorf("decoding as windows-1252: %w", err)
		}
		d.Text = string(s)
		d.Notes = append(d.Notes, "decoded from windows-1252 (not valid UTF-8)")
	} else {
		d.Text = strings.ToValidUTF8(string(data), "\uFFFD")
		d.Notes = append(d.Notes, fmt.Sprintf("replaced %d invalid UTF-8 sequence(s) with U+FFFD", invalid))
	}
	if fixed, n := RepairMojibake(d.Text); n > 0 {
		d.Text = fixed
		d.Notes = append(d.Notes, fmt.Sprintf("repaired %d mojibake sequence(s)", n))
	}
	return d, nil
}

// looksBinary reports whether data is not text: a NUL byte, or many control
// characters, in its first 8 KB.
func looksBinary(data []byte) bool {
	if len(data) > 8192 {
		data = data[:8192]
	}
	control := 0
	for _, c := range data {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B:
			control++
		}
	}
	return control*20 > len(data) // over 5%
}

// countUTF8 counts well-formed multi-byte sequences and invalid bytes.
func countUTF8(data []byte) (multibyte, invalid int) {
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size <= 1:
			invalid++
		case size > 1:
			multibyte++
		}
		data = data[size:]
	}
	return multibyte, invalid
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if bigEndian {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	return string(utf16.Decode(u))
}

// cp1252Byte maps the runes that windows-1252 puts in 0x80–0x9F back to
// their bytes; runes U+0080–U+00FF map to themselves as in Latin-1 (which
// also covers the five bytes windows-1252 leaves undefined).
var cp1252Byte = func() map[rune]byte {
	m := make(map[rune]byte, 32)
	for b := 0x80; b <= 0x9F; b++ {
		r := charmap.Windows1252.DecodeByte(byte(b))
		if r != utf8.RuneError && r >= 0x100 {
			m[r] = byte(b)
		}
	}
	return m
}()

// misreadByte returns the byte that r stands for when UTF-8 was misread as
// windows-1252, and whether r can be such a byte at all.
func misreadByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252Byte[r]
	return b, ok
}

// RepairMojibake undoes UTF-8 text that was decoded as windows-1252, once
// or several times over, and returns the repaired text and the number of
// sequences repaired. Only runs of non-ASCII characters whose bytes form
// well-formed multi-byte UTF-8 are touched, so genuine accented text
// ("café", "Zürich") is left alone.
func RepairMojibake(s string) (string, int) {
	total := 0
	for pass := 0; pass < 3; pass++ { // text is rarely misread more than twice
		fixed, n := repairOnce(s)
		if n == 0 {
			break
		}
		s, total = fixed, total+n
	}
	return s, total
}

func repairOnce(s string) (string, int) {
	// Fast path: a misread lead byte is a character from U+00C2 to
	// U+00F4, and all of those encode with the lead byte 0xC3.
	if strings.IndexByte(s, 0xC3) < 0 {
		return s, 0
	}
	var out strings.Builder
	repaired := 0
	run := make([]byte, 0, 16)
	runStart := -1
	flush := func(end int) {
		if runStart < 0 {
			return
		}
		original := s[runStart:end]
		fixed, n := decodeMisread(run, original)
		out.WriteString(fixed)
		repaired += n
		run = run[:0]
		runStart = -1
	}
	for i, r := range s {
		if b, ok := misreadByte(r); ok && r >= 0x80 {
			if runStart < 0 {
				runStart = i
			}
			run = append(run, b)
			continue
		}
		flush(i)
		out.WriteRune(r)
	}
	flush(len(s))
	if repaired == 0 {
		return s, 0
	}
	return out.String(), repaired
}

// decodeMisread decodes the bytes of a run of misread characters: each
// well-formed multi-byte UTF-8 sequence becomes its rune, and every other
// byte stays the character it was in original.
func decodeMisread(run []byte, original string) (string, int) {
	orig := []rune(original)
	var b strings.Builder
	n := 0
	for i := 0; i < len(run); {
		r, size := utf8.DecodeRune(run[i:])
		if size > 1 && r != utf8.RuneError {
			b.WriteRune(r)
			n++
			i += size
			continue
		}
		b.WriteRune(orig[i])
		i++
	}
	return b.String(), n
}
