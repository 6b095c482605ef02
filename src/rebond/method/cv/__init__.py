"""A CV against the method (C8): read a file (`extract`, `extract_pdf`, `extract_docx`,
`layout`, `quicktext`), what a tracking system would miss (`ats`), results-oriented bullets
(`bullets`), keyword coverage of a job ad (`coverage`, `terms`, `semantic`), requirement by
requirement (`requirements`, `tiers`), one central message (`message`), and the CV tables of the
playbook (`config`).

Nothing is imported here: the job-ad reader (`rebond.method.skills`) reads `terms` and `config`
without loading the matchers, which read it.
"""
