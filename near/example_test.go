package near_test

import (
	"fmt"
	"strings"

	"dossier/near"
)

func ExampleIndex() {
	story := strings.Repeat("Fighters of the brigade attacked a police post near the river on Monday night, officials said. ", 4)
	copied := strings.Replace(story, "Monday", "Tuesday", 1) + " Copyright Daily Lantern."
	other := strings.Repeat("The governor lifted the curfew after three weeks and shops reopened across the city. ", 4)

	var ix near.Index
	ix.Add("story", near.Signature(story))
	ix.Add("other", near.Signature(other))

	id, sim, ok := ix.Query(near.Signature(copied), near.DefaultThreshold)
	fmt.Println(id, sim >= near.DefaultThreshold, ok)
	// Output: story true true
}
