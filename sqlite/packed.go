package sqlite

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sync"
)

// A document's extraction is kept as JSON compressed with DEFLATE at its
// fastest level, behind a one-byte mark: about a third of its JSON (13 KB
// of a 600-word article become 4 KB), which keeps the documents table,
// the largest of a store, small enough for the system's file cache at a
// million documents. Stores written before this kept plain JSON, which
// never begins with the mark and is read as it is.
const packedMark = 0x01

var flaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

var inflaters = sync.Pool{New: func() any {
	return flate.NewReader(bytes.NewReader(nil))
}}

// packJSON compresses js behind packedMark.
func packJSON(js []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(js)/3 + 64)
	buf.WriteByte(packedMark)
	w := flaters.Get().(*flate.Writer)
	defer flaters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(js); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	return buf.Bytes(), nil
}

// unpackJSON returns the JSON that packJSON packed, or b itself when it is
// plain JSON.
func unpackJSON(b []byte) ([]byte, error) {
	if len(b) == 0 || b[0] != packedMark {
		return b, nil
	}
	r := inflaters.Get().(io.ReadCloser)
	defer inflaters.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(b[1:]), nil); err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	return out, nil
}
