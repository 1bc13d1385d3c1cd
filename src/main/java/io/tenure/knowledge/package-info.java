/**
 * The help center: Tenure's answers to customers' questions, in their language, from the company's
 * articles. Entry points: {@link io.tenure.knowledge.KnowledgeBase} (ingest a folder into the Lucene
 * index, build the answerer) and {@link io.tenure.knowledge.HelpCenter} (the
 * {@link io.tenure.knowledge.QuestionAnswerer} the assistant calls); {@code App} wires both.
 * Sub-packages: {@code ingest} (files to passages, the ingest ledger), {@code index} (Lucene, analyzers
 * per language), {@code search} (cross-language retrieval and abstention), {@code answer} (extractive
 * and LLM answers), {@code eval} (the evaluation harness and its baselines).
 * {@link io.tenure.knowledge.LanguageDetector} and {@link io.tenure.knowledge.Glossary} are public for
 * reuse by other features.
 */
package io.tenure.knowledge;
