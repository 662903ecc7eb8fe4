// Package models is Sleeve's language-model layer: it talks to a local
// Ollama server to write sleeve notes for tracks, to understand what a
// listener asks for in conversation, and to embed notes for semantic search.
//
// Everything works without a model too. Template notes are built from the
// same measured features ([TemplateNote]), requests are read by a rule
// parser ([ParseRules]), and [ErrEmbeddingsUnavailable] tells the caller to
// fall back to lexical search.
//
// Track metadata is treated as data: it is passed to the model as a JSON
// block under a system instruction that its values are never instructions,
// and every piece of model text is stripped of control characters and
// escape sequences ([SanitizeText]) before it is returned. A checker
// ([CheckText], [CheckWords]) removes claims that contradict the measured
// features.
//
// The package does not import the library or the terminal toolkit; callers
// convert their types to [TrackFacts].
package models
