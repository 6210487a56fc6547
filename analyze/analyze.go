// Package analyze runs the analysis pipeline over one article: a list of
// small annotators, each of which reads the document and adds its layer
// (sentences and tokens first; entities, time, statements and claims in
// later stages), in the manner of spaCy's pipeline over one Doc. An
// annotator sees only the document: it never reaches into the store or the
// network, so the same pipeline runs in one process or in many workers.
package analyze

import (
	"fmt"

	"dossier"
	"dossier/entity"
	"dossier/text"
)

// Doc is one article under analysis: the article, its text layer (tokens,
// sentences, paragraphs, quotations) and the analysis being built.
type Doc struct {
	Article *dossier.Article
	*text.Doc
	Result *dossier.Analysis
}

// Annotator adds one layer to a document.
type Annotator interface {
	// Name identifies the annotator in errors and timings.
	Name() string
	// Annotate reads doc and adds its layer to doc.Result.
	Annotate(doc *Doc) error
}

// Pipeline is an ordered list of annotators. The text layer (tokens and
// sentences) is built before the first annotator runs, because every other
// layer points into it.
type Pipeline struct {
	annotators []Annotator
}

// New returns a pipeline that runs the annotators in order.
func New(annotators ...Annotator) *Pipeline {
	return &Pipeline{annotators: annotators}
}

// Default returns the standard pipeline: entity mentions, then
// statements, then the resolution of mentions and speakers to the
// article's entities, then responsibility claims.
func Default() *Pipeline {
	return New(Entities{Tagger: entity.Default()}, Statements{}, Resolution{}, Claims{})
}

// Names returns the names of the pipeline's annotators, in order.
func (p *Pipeline) Names() []string {
	names := make([]string, len(p.annotators))
	for i, an := range p.annotators {
		names[i] = an.Name()
	}
	return names
}

// Analyze runs the pipeline over one article.
func (p *Pipeline) Analyze(a *dossier.Article) (*dossier.Analysis, error) {
	doc := &Doc{
		Article: a,
		Doc:     text.NewDoc(a.Text),
		Result:  &dossier.Analysis{Article: a.ID},
	}
	doc.Result.Tokens = len(doc.Tokens)
	doc.Result.Sentences = make([]dossier.Span, len(doc.Sentences))
	for i, s := range doc.Sentences {
		doc.Result.Sentences[i] = s.Span
	}
	for _, an := range p.annotators {
		if err := an.Annotate(doc); err != nil {
			return doc.Result, fmt.Errorf("%s: article %s: %w", an.Name(), a.ID, err)
		}
	}
	return doc.Result, nil
}
