"""The language-model client and the versioned prompt files, shared by the stages that use an
LLM (ingest: labelling; answer: answers and procedures). Depends on nothing else in the project;
see docs/architecture.md for why this is a package of its own."""
