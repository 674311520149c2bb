// Package demo holds dossier's demo corpus: twenty short news articles,
// explainers and group profiles about fictional armed groups in a fictional
// region (Arvessa, Tolmark and Sundvar), written for the project and free to
// reuse (CC0).
//
// The corpus is what `dossier demo` ingests, and it doubles as a test
// fixture: gold.jsonl holds hand annotations of every article in the format
// of the news-dev gold file, and places.tsv is the gazetteer of the
// fictional places. See README.md in this directory for the world, the
// outlets and what each article exercises.
package demo

import (
	"embed"
	"io/fs"
)

// Files is the embedded demo data: the corpus directory, places.tsv and
// gold.jsonl.
//
//go:embed corpus places.tsv gold.jsonl
var Files embed.FS

// Corpus returns the corpus directory: .txt articles, saved .html pages and
// one .jsonl file of articles, all at its top level.
func Corpus() fs.FS {
	sub, err := fs.Sub(Files, "corpus")
	if err != nil {
		// fs.Sub fails only for an invalid path, and "corpus" is valid.
		panic("demo: " + err.Error())
	}
	return sub
}

// Places returns places.tsv: one fictional place per line, with the
// tab-separated columns name, kind (country, admin1 or city), country
// (a user-assigned ISO code, XA to XC), admin1 (the province, for cities),
// lat, lon and altnames (separated by "|"). Lines starting with "#" are
// comments.
func Places() []byte { return mustRead("places.tsv") }

// Gold returns gold.jsonl: one JSON object of hand annotations (aliases,
// events, claims) per article. Each line's "path" names the article's file
// in Corpus, with "#N" appended for the Nth line (from 1) of a .jsonl file.
func Gold() []byte { return mustRead("gold.jsonl") }

func mustRead(name string) []byte {
	b, err := Files.ReadFile(name)
	if err != nil {
		// The file is embedded at build time, so this cannot happen.
		panic("demo: " + err.Error())
	}
	return b
}
