package gazetteer_test

import (
	"fmt"
	"strings"

	"dossier/gazetteer"
)

func ExampleGazetteer_Lookup() {
	g := gazetteer.Default()
	for _, p := range g.Lookup("Kabul")[:2] {
		fmt.Printf("%s (%s, %s) %.1f,%.1f\n", p.Name, p.Kind, p.Country, p.Lat, p.Lon)
	}
	p, _ := g.Best("Jawzjan province")
	fmt.Println(p.Name, p.Kind, p.Country)
	// Output:
	// Kabul (city, AF) 34.5,69.2
	// Kabul (admin1, AF) 34.6,69.2
	// Jowzjan admin1 AF
}

func ExampleGazetteer_Demonym() {
	g := gazetteer.Default()
	for _, w := range []string{"Afghan", "Somalis", "Salvadoran"} {
		code, _ := g.Demonym(w)
		c, _ := g.Country(code)
		fmt.Println(w, code, c.Name)
	}
	// Output:
	// Afghan AF Afghanistan
	// Somalis SO Somalia
	// Salvadoran SV El Salvador
}

func ExampleGazetteer_Has() {
	g := gazetteer.Default()
	// An extractor tests each token window's text, longest first.
	text := []string{"Police", "said", "fighting", "in", "Kunar", "Province", "reached", "Asadabad"}
	var context []string // countries seen so far
	for i := 0; i < len(text); i++ {
		for n := min(g.MaxWords(), len(text)-i); n > 0; n-- {
			name := strings.Join(text[i:i+n], " ")
			if key := gazetteer.Normalize(name); g.Has(key) && !g.Ambiguous(key) {
				p, _ := g.BestIn(name, context...)
				context = append(context, p.Country)
				fmt.Printf("%s: %s %s\n", name, p.Kind, p.Country)
				i += n - 1
				break
			}
		}
	}
	// Output:
	// Kunar Province: admin1 AF
	// Asadabad: city AF
}

func ExampleLoad() {
	g, err := gazetteer.Load(strings.NewReader(
		"Valdoria\tcountry\tXA\t\t12.5\t41.0\tRepublic of Valdoria\t3000000\tValdorian\n" +
			"Port Valdor\tcity\tXA\tCoastal Reach\t12.1\t41.7\tValdor\t450000\t\t\tcountry\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := g.Best("port-valdor")
	code, _ := g.Demonym("Valdorians")
	fmt.Println(p.Name, p.Country, p.Capital, code)
	// Output:
	// Port Valdor XA country XA
}
