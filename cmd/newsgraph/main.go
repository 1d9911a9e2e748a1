// Command newsgraph turns news articles into a Cayley knowledge graph and
// answers questions over it. See README.md.
package main

import (
	"os"

	"github.com/newsgraph/newsgraph/cmd/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.NewFactory()))
}
