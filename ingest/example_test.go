package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"dossier"
	"dossier/ingest"
)

func ExampleParse() {
	text := "Grain depot seized near Varnok\n\n" +
		"By Mira Castellan | 14 May 2031\n\n" +
		"VARNOK, Esteria (Reuters) - Fighters seized a state grain depot on Wednesday, officials said.\n"
	docs, err := ingest.Parse("depot.txt", []byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	fmt.Println(dossier.Deref(d.Title))
	fmt.Println(dossier.Deref(d.Published), dossier.Deref(d.Dateline), dossier.Deref(d.Source), d.Language)
	// Output:
	// Grain depot seized near Varnok
	// 2031-05-14 Varnok Reuters en
}

func ExampleWalk() {
	stdin := strings.NewReader(`{"title": "Curfew lifted", "text": "The governor lifted the curfew in Varnok."}` + "\n" + `{"text": ` + "\n")
	err := ingest.Walk(context.Background(), []string{"-"}, ingest.Options{Stdin: stdin}, func(it ingest.Item) error {
		switch {
		case it.Doc != nil:
			fmt.Println("document:", dossier.Deref(it.Doc.Title))
		case it.Err != nil:
			fmt.Println("error:", it.Err)
		}
		return nil
	})
	fmt.Println("walk:", err)
	// Output:
	// document: Curfew lifted
	// error: stdin:2: malformed JSON: unexpected EOF
	// walk: <nil>
}
