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
	"dossier/lang"
	"dossier/text"
)

// SkippedError reports that an article is not in English, so the
// English-only annotators (entities, statements, claims) were not run on
// it. The analysis returned with it still holds the text layer (tokens and
// sentences, which are language-neutral). Callers report it like any other
// analysis error and keep the article; test for it with errors.As and a
// SkippedError (value) target.
type SkippedError struct {
	Article  string // the article's ID
	Language string // ISO 639-1 code from lang.Detect
}

func (e SkippedError) Error() string {
	return fmt.Sprintf("article %s is in %s (%s), not English: entities, statements and claims skipped",
		e.Article, lang.Name(e.Language), e.Language)
}

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
// article's entities, the dates of statements, then responsibility
// claims.
func Default() *Pipeline {
	return New(Entities{Tagger: entity.Default()}, Statements{}, Resolution{}, Times{}, Claims{})
}

// Names returns the names of the pipeline's annotators, in order.
func (p *Pipeline) Names() []string {
	names := make([]string, len(p.annotators))
	for i, an := range p.annotators {
		names[i] = an.Name()
	}
	return names
}

// Analyze runs the pipeline over one article. The text layer is always
// built; when lang.Detect finds the text is clearly in another language
// than English the annotators are skipped and a SkippedError is returned
// with the analysis. Text too short to tell ("und") is analysed as usual.
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
	if code, _ := lang.Detect(a.Text); code != "en" && code != lang.Und {
		return doc.Result, SkippedError{Article: a.ID, Language: code}
	}
	for _, an := range p.annotators {
		if err := an.Annotate(doc); err != nil {
			return doc.Result, fmt.Errorf("%s: article %s: %w", an.Name(), a.ID, err)
		}
	}
	return doc.Result, nil
}
