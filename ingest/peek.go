package ingest

import (
	"bufio"
	"io"
)

// newPeekReader buffers r so that its first bytes can be inspected.
func newPeekReader(r io.Reader) *bufio.Reader {
	if br, ok := r.(*bufio.Reader); ok && br.Size() >= 64<<10 {
		return br
	}
	return bufio.NewReaderSize(r, 64<<10)
}
