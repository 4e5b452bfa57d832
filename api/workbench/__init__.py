"""The corpus annotators' workbench: label review (queue, changes in place, history, agreement),
curated Q&A entries, officers' feedback into the golden sets, Label Studio interchange and case
uploads. Routes are in :mod:`api.workbench.routes`; state is in the relational store
(:mod:`api.workbench.models`, migration 0003)."""
