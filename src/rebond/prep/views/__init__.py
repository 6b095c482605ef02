"""Views of interview preparation, one module per part (parse → authorise → service → render)."""
