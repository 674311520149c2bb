package demo

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Generate writes n articles to dir for speed and scale measurements: each a
// random mix of paragraphs of the demo corpus with its numbers changed, so
// that no two are copies. Generated text is for measuring speed and memory
// only, never quality. It returns the number of words written.
func Generate(dir string, n int, seed uint64, paragraphs int) (int, error) {
	var paras []string
	err := fs.WalkDir(Corpus(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		b, err := fs.ReadFile(Corpus(), p)
		if err != nil {
			return err
		}
		for _, para := range strings.Split(string(b), "\n\n")[1:] {
			if len(strings.Fields(para)) > 20 {
				paras = append(paras, para)
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("generate: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("generate: %w", err)
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	words := 0
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Generated report %d\n\n", i)
		for range paragraphs {
			p := strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return '0' + rune(rng.IntN(10))
				}
				return r
			}, paras[rng.IntN(len(paras))])
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
		words += len(strings.Fields(sb.String()))
		name := fmt.Sprintf("2024-%02d-%02d-gen-%07d.txt", 1+i%12, 1+i%28, i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(sb.String()), 0o644); err != nil {
			return 0, fmt.Errorf("generate: %w", err)
		}
	}
	return words, nil
}
