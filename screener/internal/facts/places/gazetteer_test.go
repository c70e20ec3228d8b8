package places

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func TestEmbeddedGazetteerLoads(t *testing.T) {
	g, err := Load(defaultYAML, "gazetteer.yaml")
	if err != nil {
		t.Fatalf("embedded gazetteer: %v", err)
	}
	hubs := 0
	for _, p := range g.places {
		if p.Hub {
			hubs++
			if p.Note == "" {
				t.Errorf("hub %s has no note", p.Name)
			}
		}
	}
	if hubs < 20 || Default() == nil {
		t.Errorf("want the scam-hub areas flagged, got %d hubs", hubs)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // every fragment must appear in the error
	}{
		{"unknown key", "places:\n  - {name: Bavet, country: KH, hubb: true}\n",
			[]string{"custom.yaml", "places[0]", "Bavet", `unknown field "hubb"`, "allowed:"}},
		{"missing country", "places:\n  - {name: Doha}\n  - {name: Muscat, country: OM}\n",
			[]string{"custom.yaml", "places[0]", "Doha", `field "country" is missing`}},
		{"bad country", "places:\n  - {name: Doha, country: qatar}\n",
			[]string{"custom.yaml", "places[0]", "Doha", `field "country"`, "ISO"}},
		{"duplicate name", "places:\n  - {name: Dubai, country: AE}\n  - {name: Dubayy, country: AE, names: [DUBAI]}\n",
			[]string{"custom.yaml", "places[1]", "Dubayy", `field "names"`, "places[0] (Dubai)"}},
		{"missing name", "places:\n  - {country: AE}\n", []string{"custom.yaml", "places[0]", `field "name" is missing`}},
		{"bad kind", "places:\n  - {name: X, country: AE, kind: planet}\n", []string{"places[0] (X)", `field "kind"`}},
		{"unknown top key", "cities: []\n", []string{"custom.yaml", `unknown top-level key "cities"`}},
		{"not a list", "places: 3\n", []string{"custom.yaml", "must be a list"}},
		{"bad yaml", "places: [\n", []string{"custom.yaml"}},
		{"empty", "", []string{"custom.yaml", "empty"}},
		{"wrong type", "places:\n  - {name: X, country: AE, hub: maybe}\n", []string{"places[0] (X)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load([]byte(tc.yaml), "custom.yaml")
			if err == nil {
				t.Fatal("want an error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestLoadCollectsAllErrors(t *testing.T) {
	_, err := Load([]byte("places:\n  - {name: A, country: AE, x: 1}\n  - {name: B}\n"), "f.yaml")
	if err == nil || !strings.Contains(err.Error(), "places[0]") || !strings.Contains(err.Error(), "places[1]") {
		t.Fatalf("want both entries reported, got %v", err)
	}
}

func TestMerge(t *testing.T) {
	user, err := Load([]byte(`places:
  - {name: Dubai, country: AE, note: "user note"}
  - {name: Hyderabad, country: PK, names: [hyderabad sindh]}
  - {name: Kampot, country: KH, hub: true, note: "user-reported compound"}
`), "user.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g := Default().Merge(user)
	f := g.Extract(textnorm.New("Jobs in Kampot and Dubai. Interview in Hyderabad."), "")
	got := summarise(f)
	if got.places != "Kampot,Dubai,Hyderabad" || got.home != "PK" {
		t.Fatalf("merged extract = %+v", got)
	}
	if f.Places[1].Place.Note != "user note" || f.Places[1].Place.Hub {
		t.Errorf("user entry should replace the default Dubai, got %+v", f.Places[1].Place)
	}
	if len(Default().Extract(textnorm.New("Jobs in Kampot"), "").Places) != 0 {
		t.Error("Merge must not change the default gazetteer")
	}
	if Default().Merge(nil) != Default() {
		t.Error("Merge(nil) should return the receiver")
	}
}

func TestNilSafety(t *testing.T) {
	var g *Gazetteer
	if f := g.Extract(textnorm.New("Dubai"), "pk"); f.Home != "PK" || len(f.Places) != 0 {
		t.Errorf("nil gazetteer: %+v", f)
	}
	if f := Default().Extract(nil, ""); len(f.Places) != 0 {
		t.Errorf("nil doc: %+v", f)
	}
}
