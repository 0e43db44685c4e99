// Parses a Prometheus text exposition from stdin with the Prometheus project's own parser
// (github.com/prometheus/common/expfmt) and prints its metric families as JSON, so a jest test
// checks /metrics with the parser Prometheus tooling uses rather than with a hand-written one.
// Exit status 1 with the parser's message on stderr when the exposition is not valid.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

type sample struct {
	Labels map[string]string `json:"labels"`
}

type family struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Help    string   `json:"help"`
	Samples []sample `json:"samples"`
}

func main() {
	// Legacy names only ([a-zA-Z_:][a-zA-Z0-9_:]*): what every Prometheus version accepts.
	model.NameValidationScheme = model.LegacyValidation
	var parser expfmt.TextParser
	families, err := parser.TextToMetricFamilies(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := []family{}
	for name, mf := range families {
		if !model.IsValidMetricName(model.LabelValue(name)) {
			fmt.Fprintf(os.Stderr, "invalid metric name %q\n", name)
			os.Exit(1)
		}
		f := family{Name: name, Type: mf.GetType().String(), Help: mf.GetHelp()}
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, pair := range m.GetLabel() {
				labels[pair.GetName()] = pair.GetValue()
			}
			f.Samples = append(f.Samples, sample{Labels: labels})
		}
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
