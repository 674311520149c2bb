package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestPackJSON(t *testing.T) {
	long := `{"document":{"id":"x"},"entities":[` + strings.Repeat(`{"name":"Free Valley Front","type":"group"},`, 200) + `{}]}`
	for _, js := range []string{`{}`, `{"a":"é"}`, long} {
		packed, err := packJSON([]byte(js))
		if err != nil {
			t.Fatal(err)
		}
		if packed[0] != packedMark {
			t.Errorf("packed JSON begins with %#x, want the mark", packed[0])
		}
		if len(js) > 1000 && len(packed) > len(js)/4 {
			t.Errorf("%d bytes of repetitive JSON packed into %d", len(js), len(packed))
		}
		back, err := unpackJSON(packed)
		if err != nil {
			t.Fatal(err)
		}
		if string(back) != js {
			t.Errorf("round trip of %.40q gave %.40q", js, back)
		}
		// plain JSON of an older store is read as it is
		plain, err := unpackJSON([]byte(js))
		if err != nil || string(plain) != js {
			t.Errorf("plain %.40q read as %.40q, %v", js, plain, err)
		}
	}
	if _, err := unpackJSON([]byte{packedMark, 0xff, 0xff, 0xff}); err == nil {
		t.Error("corrupt packed JSON decoded without an error")
	}
}

// TestPlainExtraction reads a document a store before compression wrote,
// its extraction plain JSON.
func TestPlainExtraction(t *testing.T) {
	ctx := context.Background()
	s := openAt(t, filepath.Join(t.TempDir(), "kb.db"))
	x := wolves(t).x
	if _, err := s.Put(ctx, x); err != nil {
		t.Fatal(err)
	}
	var packed []byte
	if err := s.db.QueryRowContext(ctx, `SELECT extraction FROM documents WHERE id = ?`, x.Document.ID).Scan(&packed); err != nil {
		t.Fatal(err)
	}
	if len(packed) == 0 || packed[0] != packedMark {
		t.Fatalf("stored extraction is not packed: %.20q", packed)
	}
	plain, err := unpackJSON(packed)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE documents SET extraction = ? WHERE id = ?`, string(plain), x.Document.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, x.Document.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Entities) != len(x.Entities) || got.Document.Text != x.Document.Text {
		t.Errorf("plain extraction read back with %d entities, text %d bytes; want %d, %d",
			len(got.Entities), len(got.Document.Text), len(x.Entities), len(x.Document.Text))
	}
}

func FuzzUnpackJSON(f *testing.F) {
	p, _ := packJSON([]byte(`{"a":1}`))
	f.Add(p)
	f.Add([]byte(`{"a":1}`))
	f.Add([]byte{packedMark})
	f.Fuzz(func(t *testing.T, b []byte) {
		out, err := unpackJSON(b)
		if err != nil {
			return
		}
		if len(b) > 0 && b[0] != packedMark && !bytes.Equal(out, b) {
			t.Errorf("plain input changed")
		}
	})
}

// BenchmarkPackJSON packs 13 KB of extraction-like JSON, the size of a
// 600-word article's.
func BenchmarkPackJSON(b *testing.B) {
	var js []byte
	for i := 0; len(js) < 13000; i++ {
		js = fmt.Appendf(js, `{"id":"e%d","name":"Free Valley Front","mentions":[{"start":%d,"end":%d,"text":"the group","sentence":%d}],"evidence":{"text":"The front said on Tuesday that %d of its fighters had crossed the river near Dornhal."}},`, i, i*37, i*37+9, i/3, i*7)
	}
	b.SetBytes(int64(len(js)))
	for b.Loop() {
		if _, err := packJSON(js); err != nil {
			b.Fatal(err)
		}
	}
}
