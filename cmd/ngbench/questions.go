package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/ask"
	"github.com/newsgraph/newsgraph/schema"
)

// questions are the entities the timed questions ask about.
type questions struct {
	Person     string `json:"person"`      // The person mentioned most (in a sample).
	PersonIRI  string `json:"person_iri"`  //
	PathFrom   string `json:"path_from"`   // Two people whose shortest path has PathHops hops.
	PathTo     string `json:"path_to"`     //
	PathHops   int    `json:"path_hops"`   //
	SearchText string `json:"search_text"` // A prefix of Person's surname.
	Gizmo      string `json:"gizmo"`       // The neighbourhood recipe on Person.
	// People are the most mentioned people, whose pairs the varied path
	// question asks about, a new pair at each request.
	People []string `json:"people"`
}

// sampleArticles is how many articles of the corpus are read to pick the
// questions' entities.
const sampleArticles = 400

// pickQuestions picks the entities to ask about from the stored graph: the
// person mentioned by most of the corpus's first articles, and two people
// three hops apart (or as near to three as found).
func pickQuestions(ctx context.Context, c config) (questions, error) {
	ids, err := corpusIDs(c.corpus, sampleArticles)
	if err != nil {
		return questions{}, err
	}
	s, err := graph.OpenReadOnly(c.db)
	if err != nil {
		return questions{}, err
	}
	defer s.Close()
	count := map[string]int{}
	err = s.View(func(qs cgraph.QuadStore) error {
		for _, id := range ids {
			ms, err := graph.QuadsWith(ctx, qs, quad.Subject, schema.ArticleIRI(id), schema.PredMentions, 0)
			if err != nil {
				return err
			}
			for _, m := range ms {
				if iri, ok := m.Object.(quad.IRI); ok && len(iri) > len(schema.Prefix+"person/") && string(iri[:len(schema.Prefix+"person/")]) == schema.Prefix+"person/" {
					count[string(iri)]++
				}
			}
		}
		return nil
	})
	if err != nil {
		return questions{}, err
	}
	people := make([]string, 0, len(count))
	for p := range count {
		people = append(people, p)
	}
	sort.Slice(people, func(i, j int) bool {
		if count[people[i]] != count[people[j]] {
			return count[people[i]] > count[people[j]]
		}
		return people[i] < people[j]
	})
	if len(people) < 2 {
		return questions{}, errors.New("pick questions: fewer than two people in the sampled articles")
	}
	a := ask.New(s)
	hub, err := a.Resolve(ctx, "<"+people[0]+">")
	if err != nil {
		return questions{}, err
	}
	q := questions{Person: hub.Name, PersonIRI: hub.IRI}
	words := graph.NameWords(schema.Fold(hub.Name))
	q.SearchText = words[len(words)-1]
	if r := []rune(q.SearchText); len(r) > 4 {
		q.SearchText = string(r[:4])
	}
	rec, err := ask.FindRecipe("neighbourhood")
	if err != nil {
		return questions{}, err
	}
	if q.Gizmo, err = rec.Fill(map[string]string{"entity": "<" + hub.IRI + ">"}); err != nil {
		return questions{}, err
	}
	// Two people three hops apart: try pairs among the most mentioned.
	top := people[:min(len(people), 40)]
	for _, p := range top {
		n, err := a.Resolve(ctx, "<"+p+">")
		if err != nil {
			return questions{}, err
		}
		q.People = append(q.People, n.Name)
	}
	tries := 0
	for i := 0; i < len(top) && q.PathHops != 3 && tries < 300; i++ {
		for j := len(top) - 1; j > i && q.PathHops != 3 && tries < 300; j-- {
			tries++
			res, err := a.Paths(ctx, "<"+top[i]+">", "<"+top[j]+">", ask.PathOptions{MaxHops: 4, Limit: 1})
			if err != nil || len(res.Paths) == 0 {
				continue
			}
			if hops := len(res.Paths[0].Hops); q.PathHops == 0 || abs(hops-3) < abs(q.PathHops-3) {
				q.PathFrom, q.PathTo, q.PathHops = res.From.Name, res.To.Name, hops
			}
		}
	}
	if q.PathHops == 0 {
		return questions{}, errors.New("pick questions: no two connected people among the most mentioned")
	}
	return q, nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// corpusIDs returns the IDs of the first n records of a JSON Lines corpus.
func corpusIDs(path string, n int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var ids []string
	for sc.Scan() && len(ids) < n {
		var rec struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if rec.ID != "" {
			ids = append(ids, rec.ID)
		}
	}
	return ids, sc.Err()
}
